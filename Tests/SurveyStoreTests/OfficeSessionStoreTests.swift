import Foundation
import Testing

@testable import SurveyStore

/// Office sessions survive a restart, end when idle or old, and are stored only as hashes.
@Suite struct OfficeSessionStoreTests {
    let folder = TemporaryDirectory()
    let lifetime = OfficeSessionStore.Lifetime(idle: 1800, absolute: 8 * 3600)
    let start = Timestamp(millisecondsSince1970: 1_795_000_000_000)

    func account() throws -> Account {
        let accounts = AccountDirectory(folder: folder.path, iterations: 10)
        let (_, token) = try accounts.add(email: "a@kreis.de", name: "A", role: .staff, now: start)
        return try accounts.acceptInvitation(token: token, password: "Korrekt-Pferd-Batterie", now: start)
    }

    func at(seconds: Int64) -> Timestamp { start.adding(seconds: seconds) }

    @Test func aSessionSurvivesARestartAndOnlyItsHashIsStored() throws {
        let account = try account()
        let id = try #require(
            OfficeSessionStore(folder: folder.path, lifetime: lifetime).open(for: account, now: start))
        #expect(!String(decoding: folder.bytes(OfficeSessionStore.fileName), as: UTF8.self).contains(id))
        let restarted = OfficeSessionStore(folder: folder.path, lifetime: lifetime)
        #expect(restarted.use(id, now: at(seconds: 60)) { _ in true }?.accountID == account.id)
        restarted.close(id)
        #expect(
            OfficeSessionStore(folder: folder.path, lifetime: lifetime).use(id, now: at(seconds: 61)) { _ in true }
                == nil)
    }

    @Test func idleAndAbsoluteLimitsEndSessions() throws {
        let account = try account()
        let sessions = OfficeSessionStore(folder: folder.path, lifetime: lifetime)
        let idle = try #require(sessions.open(for: account, now: start))
        #expect(sessions.use(idle, now: at(seconds: 1799)) { _ in true } != nil)
        #expect(sessions.use(idle, now: at(seconds: 1799 + 1800)) { _ in true } == nil)
        let busy = try #require(sessions.open(for: account, now: start))
        for minute in stride(from: Int64(20), to: 8 * 60, by: 20) {
            #expect(sessions.use(busy, now: at(seconds: minute * 60)) { _ in true } != nil, "minute \(minute)")
        }
        #expect(sessions.use(busy, now: at(seconds: 8 * 3600)) { _ in true } == nil)
    }

    @Test func aRefusedSessionIsForgottenAndClosingAllEndsEveryOneOfAnAccount() throws {
        let account = try account()
        let sessions = OfficeSessionStore(folder: folder.path, lifetime: lifetime)
        let refused = try #require(sessions.open(for: account, now: start))
        #expect(sessions.use(refused, now: start) { _ in false } == nil)
        #expect(sessions.use(refused, now: start) { _ in true } == nil)
        let first = try #require(sessions.open(for: account, now: start))
        let second = try #require(sessions.open(for: account, now: start))
        sessions.closeAll(accountID: account.id)
        #expect(sessions.use(first, now: start) { _ in true } == nil)
        #expect(sessions.use(second, now: start) { _ in true } == nil)
        #expect(sessions.count == 0)
    }
}
