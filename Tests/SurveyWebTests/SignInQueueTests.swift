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
            checkBacklog: 2)
        let sessions = Mutex<[String?]>([])
        let record: @Sendable (String?) -> Void = { session in sessions.withLock { $0.append(session) } }
        // While the queue is held, two sign-ins wait for their check and a third is refused without one.
        checks.suspend()
        #expect(office.signIn(password: "vertippt-vertippt", now: Date(), completion: record))
        #expect(office.signIn(password: TestSite.officePassword, now: Date(), completion: record))
        #expect(!office.signIn(password: TestSite.officePassword, now: Date(), completion: record))
        checks.resume()
        checks.sync {}
        let checked = sessions.withLock { $0 }
        #expect(checked.count == 2)
        #expect(checked.first == .some(nil))
        #expect(checked.last.flatMap { $0 }.map { office.isSignedIn($0, now: Date()) } == true)
        // Once the checks are done, the backlog is free again.
        #expect(office.signIn(password: TestSite.officePassword, now: Date(), completion: record))
        checks.sync {}
        #expect(sessions.withLock { $0.count } == 3)
    }
}
