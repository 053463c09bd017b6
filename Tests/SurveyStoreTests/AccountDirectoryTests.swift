import Foundation
import Testing

@testable import SurveyStore

/// Accounts persist, invitation links work once and for seven days, and the last admin stays.
@Suite struct AccountDirectoryTests {
    let folder = TemporaryDirectory()
    let now = Timestamp(millisecondsSince1970: 1_795_000_000_000)
    let password = "Korrekt-Pferd-Batterie"

    func directory() -> AccountDirectory { AccountDirectory(folder: folder.path, iterations: 10) }

    func later(days: Int64, seconds: Int64 = 0) -> Timestamp {
        Timestamp(millisecondsSince1970: now.millisecondsSince1970 + (days * 86_400 + seconds) * 1000)
    }

    @Test func anInvitationLinkWorksOnceAndNotAfterSevenDays() throws {
        let accounts = directory()
        let (added, token) = try accounts.add(
            email: " Anna.Meier@Kreis.de ", name: "Anna Meier", role: .staff, now: now)
        #expect(added.email == "anna.meier@kreis.de")
        #expect(added.state == .invited)
        // Only the token's hash is stored.
        #expect(!String(decoding: folder.bytes(AccountDirectory.fileName), as: UTF8.self).contains(token))
        let active = try accounts.acceptInvitation(token: token, password: password, now: later(days: 6))
        #expect(active.state == .active)
        #expect(throws: AccountError.invitationInvalid) {
            try accounts.acceptInvitation(token: token, password: "Noch-ein-anderes-Passwort", now: later(days: 6))
        }
        let (_, late) = try accounts.add(email: "b@kreis.de", name: "B", role: .committee, now: now)
        #expect(accounts.account(invitation: late, now: later(days: 7, seconds: -1)) != nil)
        #expect(throws: AccountError.invitationInvalid) {
            try accounts.acceptInvitation(token: late, password: password, now: later(days: 7))
        }
    }

    @Test func accountsAreReadBackByANewInstanceAndSignInWithTheirPassword() throws {
        let (_, token) = try directory().add(email: "a@kreis.de", name: "A", role: .admin, now: now)
        _ = try directory().acceptInvitation(token: token, password: password, now: now)
        let reopened = directory()
        #expect(reopened.verify(email: "A@Kreis.de", password: password, now: now)?.role == .admin)
        #expect(reopened.verify(email: "a@kreis.de", password: "falsch-falsch-falsch", now: now) == nil)
        #expect(reopened.verify(email: "nobody@kreis.de", password: password, now: now) == nil)
        #expect(fileMode(folder.file(AccountDirectory.fileName)) == 0o600)
    }

    @Test func aWeakerHashIsRaisedAtSignIn() throws {
        let (_, token) = try AccountDirectory(folder: folder.path, iterations: 5).add(
            email: "a@kreis.de", name: "A", role: .admin, now: now)
        _ = try AccountDirectory(folder: folder.path, iterations: 5).acceptInvitation(
            token: token, password: password, now: now)
        let stronger = directory()
        #expect(stronger.account(email: "a@kreis.de")?.passwordHash?.iterations == 5)
        #expect(stronger.verify(email: "a@kreis.de", password: password, now: now) != nil)
        #expect(stronger.account(email: "a@kreis.de")?.passwordHash?.iterations == 10)
        #expect(stronger.verify(email: "a@kreis.de", password: password, now: now) != nil)
    }

    @Test func mistakesAreNamed() throws {
        let accounts = directory()
        let (_, token) = try accounts.add(email: "anna@kreis.de", name: "Anna", role: .admin, now: now)
        #expect(throws: AccountError.duplicateEmail("anna@kreis.de")) {
            try accounts.add(email: "ANNA@kreis.de", name: "Anna", role: .staff, now: now)
        }
        #expect(throws: AccountError.invalidEmail("anna")) {
            try accounts.add(email: "anna", name: "Anna", role: .staff, now: now)
        }
        #expect(throws: AccountError.unknownUser("ana@kreis.de", suggestion: "anna@kreis.de")) {
            try accounts.setDisabled(true, email: "ana@kreis.de", now: now)
        }
        _ = try accounts.acceptInvitation(token: token, password: password, now: now)
        #expect(throws: AccountError.lastAdmin("anna@kreis.de")) {
            try accounts.setDisabled(true, email: "anna@kreis.de", now: now)
        }
        #expect(throws: AccountError.lastAdmin("anna@kreis.de")) { try accounts.remove(email: "anna@kreis.de") }
    }

    @Test func disablingResetAndRemovalChangeWhoCanSignIn() throws {
        let accounts = directory()
        for email in ["a@kreis.de", "b@kreis.de"] {
            let (_, token) = try accounts.add(email: email, name: email, role: .admin, now: now)
            _ = try accounts.acceptInvitation(token: token, password: password, now: now)
        }
        let stamp = accounts.account(email: "b@kreis.de")?.passwordStamp
        #expect(try accounts.setDisabled(true, email: "b@kreis.de", now: now).state == .disabled)
        #expect(accounts.verify(email: "b@kreis.de", password: password, now: now) == nil)
        #expect(try accounts.setDisabled(false, email: "b@kreis.de", now: now).state == .active)
        let (reset, token) = try accounts.reset(email: "b@kreis.de", now: now)
        #expect(reset.passwordStamp == nil && reset.state == .invited)
        #expect(accounts.verify(email: "b@kreis.de", password: password, now: now) == nil)
        let renewed = try accounts.acceptInvitation(token: token, password: "Ganz-neues-Passwort-B", now: now)
        #expect(renewed.passwordStamp != stamp)
        try accounts.remove(email: "b@kreis.de")
        #expect(accounts.account(email: "b@kreis.de") == nil)
    }

    @Test func theSharedPasswordBecomesAnAdminAccountAndIsKept() throws {
        let hash = PasswordHash(password: password, iterations: 10)
        folder.write(AccountDirectory.legacyPasswordFileName, Array((hash.stored + "\n").utf8))
        let accounts = directory()
        #expect(accounts.hasLegacyPassword)
        let admin = try accounts.migrateLegacyPassword(email: "Leitung@Kreis.de", now: now)
        #expect(admin.email == "leitung@kreis.de" && admin.role == .admin && admin.state == .active)
        #expect(accounts.verify(email: "leitung@kreis.de", password: password, now: now) != nil)
        #expect(!accounts.hasLegacyPassword)
        #expect(folder.bytes(AccountDirectory.legacyPasswordFileName + ".migrated") == Array((hash.stored + "\n").utf8))
        #expect(throws: AccountError.nothingToMigrate(file: folder.file(AccountDirectory.legacyPasswordFileName))) {
            try accounts.migrateLegacyPassword(email: "x@kreis.de", now: now)
        }
    }

    @Test func aDamagedFileIsAnErrorAndNeverOverwritten() throws {
        folder.write(AccountDirectory.fileName, Array(#"{"version":1,"accounts":[{"id":"u-1"}]}"#.utf8))
        let accounts = directory()
        #expect(throws: AccountError.damaged(file: folder.file(AccountDirectory.fileName))) { try accounts.all() }
        #expect(throws: AccountError.damaged(file: folder.file(AccountDirectory.fileName))) {
            try accounts.add(email: "a@kreis.de", name: "A", role: .admin, now: now)
        }
        #expect(folder.bytes(AccountDirectory.fileName) == Array(#"{"version":1,"accounts":[{"id":"u-1"}]}"#.utf8))
    }
}
