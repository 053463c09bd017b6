import Dispatch
import Foundation
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
        let file = folder.appendingPathComponent(OfficeAccess.passwordFileName).path
        try OfficeAccess.setPassword(TestSite.officePassword, file: file, iterations: 10)
        let checks = DispatchQueue(label: "test.sign-in")
        let office = OfficeAccess(
            passwordFile: file, limiter: RateLimiter(limit: 10), lifetime: OfficeSessionLifetime(), checks: checks,
            checkBacklog: 2, checksPerClient: 2)
        let sessions = Mutex<[String?]>([])
        let record: @Sendable (String?) -> Void = { session in sessions.withLock { $0.append(session) } }
        // While the queue is held, two sign-ins wait for their check and a third is refused without one.
        checks.suspend()
        #expect(office.signIn(password: "vertippt-vertippt", client: "192.0.2.1", now: Date(), completion: record))
        #expect(office.signIn(password: TestSite.officePassword, client: "192.0.2.1", now: Date(), completion: record))
        #expect(!office.signIn(password: TestSite.officePassword, client: "192.0.2.1", now: Date(), completion: record))
        checks.resume()
        checks.sync {}
        let checked = sessions.withLock { $0 }
        #expect(checked.count == 2)
        #expect(checked.first == .some(nil))
        #expect(checked.last.flatMap { $0 }.map { office.isSignedIn($0, now: Date()) } == true)
        // Once the checks are done, the backlog is free again.
        #expect(office.signIn(password: TestSite.officePassword, client: "192.0.2.1", now: Date(), completion: record))
        checks.sync {}
        #expect(sessions.withLock { $0.count } == 3)
    }

    @Test func oneClientCannotHoldTheWholeBacklog() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "survey-sign-in-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(OfficeAccess.passwordFileName).path
        try OfficeAccess.setPassword(TestSite.officePassword, file: file, iterations: 10)
        let checks = DispatchQueue(label: "test.sign-in")
        let office = OfficeAccess(
            passwordFile: file, limiter: RateLimiter(limit: 10), lifetime: OfficeSessionLifetime(), checks: checks,
            checkBacklog: 8, checksPerClient: 2)
        let sessions = Mutex<[String?]>([])
        let record: @Sendable (String?) -> Void = { session in sessions.withLock { $0.append(session) } }
        checks.suspend()
        // An attacker's third wrong password waits for no check; the office, from elsewhere, still gets in.
        #expect(office.signIn(password: "falsch-falsch-1", client: "203.0.113.9", now: Date(), completion: record))
        #expect(office.signIn(password: "falsch-falsch-2", client: "203.0.113.9", now: Date(), completion: record))
        #expect(!office.signIn(password: "falsch-falsch-3", client: "203.0.113.9", now: Date(), completion: record))
        #expect(office.signIn(password: TestSite.officePassword, client: "192.0.2.1", now: Date(), completion: record))
        checks.resume()
        checks.sync {}
        #expect(sessions.withLock { $0.compactMap { $0 }.count } == 1)
        // With its checks done, the attacker's share is free again.
        #expect(office.signIn(password: "falsch-falsch-4", client: "203.0.113.9", now: Date(), completion: record))
        checks.sync {}
    }
}
