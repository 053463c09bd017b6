import Dispatch
import Foundation
import SurveyStore
import Synchronization
import Testing

@testable import SurveyWeb

/// Passwords are checked one at a time on a queue of their own, so a flood of sign-ins cannot take every worker.
@Suite struct SignInQueueTests {
    @Test func signInsBeyondTheBacklogAreRefusedAtOnceAndTheOthersAreChecked() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "survey-sign-in-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let checks = DispatchQueue(label: "test.sign-in")
        let office = OfficeAccess(
            folder: folder.path, lifetime: OfficeSessionLifetime(), iterations: 10, checks: checks,
            checkBacklog: 2, checksPerClient: 2)
        try Self.addAccount(to: office)
        let sessions = Mutex<[String?]>([])
        let record: @Sendable (OfficeAccess.SignInOutcome) -> Void = { outcome in
            let session: String? = if case .signedIn(let session) = outcome { session } else { nil }
            sessions.withLock { $0.append(session) }
        }
        // While the queue is held, two sign-ins wait for their check and a third is refused without one.
        checks.suspend()
        #expect(
            office.signIn(
                email: TestSite.officeEmail, password: "vertippt-vertippt", client: "192.0.2.1", completion: record))
        #expect(
            office.signIn(
                email: TestSite.officeEmail, password: TestSite.officePassword, client: "192.0.2.1", completion: record)
        )
        #expect(
            !office.signIn(
                email: TestSite.officeEmail, password: TestSite.officePassword, client: "192.0.2.1", completion: record)
        )
        checks.resume()
        checks.sync {}
        let checked = sessions.withLock { $0 }
        #expect(checked.count == 2)
        #expect(checked.first == .some(nil))
        #expect(checked.last.flatMap { $0 }.map { office.isSignedIn($0) } == true)
        // Once the checks are done, the backlog is free again.
        #expect(
            office.signIn(
                email: TestSite.officeEmail, password: TestSite.officePassword, client: "192.0.2.1", completion: record)
        )
        checks.sync {}
        #expect(sessions.withLock { $0.count } == 3)
    }

    @Test func oneClientCannotHoldTheWholeBacklog() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "survey-sign-in-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let checks = DispatchQueue(label: "test.sign-in")
        let office = OfficeAccess(
            folder: folder.path, lifetime: OfficeSessionLifetime(), iterations: 10, checks: checks,
            checkBacklog: 8, checksPerClient: 2)
        try Self.addAccount(to: office)
        let sessions = Mutex<[String?]>([])
        let record: @Sendable (OfficeAccess.SignInOutcome) -> Void = { outcome in
            let session: String? = if case .signedIn(let session) = outcome { session } else { nil }
            sessions.withLock { $0.append(session) }
        }
        checks.suspend()
        // An attacker's third wrong password waits for no check; the office, from elsewhere, still gets in.
        #expect(
            office.signIn(
                email: TestSite.officeEmail, password: "falsch-falsch-1", client: "203.0.113.9", completion: record))
        #expect(
            office.signIn(
                email: TestSite.officeEmail, password: "falsch-falsch-2", client: "203.0.113.9", completion: record))
        #expect(
            !office.signIn(
                email: TestSite.officeEmail, password: "falsch-falsch-3", client: "203.0.113.9", completion: record))
        #expect(
            office.signIn(
                email: TestSite.officeEmail, password: TestSite.officePassword, client: "192.0.2.1", completion: record)
        )
        checks.resume()
        checks.sync {}
        #expect(sessions.withLock { $0.compactMap { $0 }.count } == 1)
        // With its checks done, the attacker's share is free again.
        #expect(
            office.signIn(
                email: TestSite.officeEmail, password: "falsch-falsch-4", client: "203.0.113.9", completion: record))
        checks.sync {}
    }

    private static func addAccount(to office: OfficeAccess) throws {
        let (_, token) = try office.accounts.add(
            email: TestSite.officeEmail, name: "Anna Meier", role: .staff, now: Timestamp.now())
        _ = try office.accounts.acceptInvitation(token: token, password: TestSite.officePassword, now: Timestamp.now())
    }
}
