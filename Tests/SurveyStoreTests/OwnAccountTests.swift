import Foundation
import Testing

@testable import SurveyStore

/// A person's own password change, the time of each sign-in, and the changes the CLI and the office share.
@Suite struct OwnAccountTests {
    let folder = TemporaryDirectory()
    let now = Timestamp(millisecondsSince1970: 1_795_000_000_000)
    let password = "Korrekt-Pferd-Batterie"

    func directory() -> AccountDirectory { AccountDirectory(folder: folder.path, iterations: 10) }

    func active(_ email: String, role: OfficeRole = .admin, in accounts: AccountDirectory) throws -> Account {
        let (_, token) = try accounts.add(email: email, name: "Anna Meier", role: role, now: now)
        return try accounts.acceptInvitation(token: token, password: password, now: now)
    }

    @Test func aNewPasswordNeedsTheCurrentOneAndPassesThePolicy() throws {
        let accounts = directory()
        let anna = try active("anna@kreis.de", in: accounts)
        #expect(throws: AccountError.currentPasswordWrong) {
            try accounts.changePassword(
                id: anna.id, current: "falsch-falsch-falsch", new: "Wolke-Fahrrad-Laterne", now: now)
        }
        #expect(throws: AccountError.passwordRefused(.easyToGuess)) {
            try accounts.changePassword(id: anna.id, current: password, new: "passwort12345", now: now)
        }
        let changed = try accounts.changePassword(
            id: anna.id, current: password, new: "Wolke-Fahrrad-Laterne", now: now)
        #expect(changed.passwordStamp != anna.passwordStamp)
        #expect(directory().verify(email: "anna@kreis.de", password: "Wolke-Fahrrad-Laterne", now: now) != nil)
        #expect(directory().verify(email: "anna@kreis.de", password: password, now: now) == nil)
    }

    @Test func theLastSignInIsKeptAcrossInstances() throws {
        let accounts = directory()
        let anna = try active("anna@kreis.de", in: accounts)
        #expect(anna.lastSignIn == nil)
        accounts.noteSignIn(id: anna.id, now: now)
        #expect(directory().account(id: anna.id)?.lastSignIn == now)
    }

    @Test func sharedChangesKeepTheLastActiveAdmin() throws {
        let accounts = directory()
        _ = try active("anna@kreis.de", in: accounts)
        for change in [AccountChange.disable, .remove] {
            #expect(throws: AccountError.lastAdmin("anna@kreis.de"), "\(change)") {
                try accounts.apply(change, email: "anna@kreis.de", now: now)
            }
        }
        _ = try active("bernd@kreis.de", in: accounts)
        #expect(try accounts.apply(.disable, email: "anna@kreis.de", now: now).account.state == .disabled)
        #expect(throws: AccountError.lastAdmin("bernd@kreis.de")) {
            try accounts.apply(.remove, email: "bernd@kreis.de", now: now)
        }
        let (reset, token) = try accounts.apply(.reset, email: "anna@kreis.de", now: now)
        #expect(reset.passwordHash == nil && token != nil)
        #expect(AccountChange.allCases.filter(\.needsConfirmation) == [.disable, .remove, .reset])
    }
}
