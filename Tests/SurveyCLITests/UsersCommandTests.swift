import Foundation
import SurveyStore
import Testing

@testable import SurveyCLI

/// `survey users …`, `survey audit` and the old `survey admin set-password`.
@Suite struct UsersCommandTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("survey-users-\(UUID().uuidString)").path

    var responses: [String] { ["--responses", folder] }

    func run(_ arguments: String...) -> Run { Run(arguments + responses) }

    @Test func addListDisableEnableResetRemoveAndTheirAuditLines() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let added = Run(
            [
                "users", "add", "Anna.Meier@Kreis.de", "--name", "Anna Meier", "--role", "admin", "--base-url",
                "https://umfrage.example/",
            ] + responses)
        #expect(added.code == .success)
        #expect(added.out.hasPrefix("Added anna.meier@kreis.de (admin). Invitation link, valid once for 7 days:\n"))
        let link = try #require(added.out.split(separator: "\n").last.map(String.init))
        #expect(link.hasPrefix("https://umfrage.example/admin/invite/"))
        let token = String(link.dropFirst("https://umfrage.example/admin/invite/".count))
        _ = try AccountDirectory(folder: folder, iterations: 10).acceptInvitation(
            token: token, password: "Korrekt-Pferd-Batterie", now: .now())
        #expect(run("users", "add", "b@kreis.de", "--name", "B", "--role", "committee").code == .success)

        let list = run("users", "list")
        #expect(list.code == .success)
        let rows = list.out.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true) }
        #expect(rows.first?.map(String.init) == ["email", "name", "role", "state", "changed"])
        #expect(list.out.contains("anna.meier@kreis.de  Anna Meier  admin      active"))
        #expect(list.out.contains("b@kreis.de           B           committee  invited (link valid until"))
        #expect(list.out.hasSuffix("2 accounts\n"))

        #expect(run("users", "disable", "b@kreis.de").out == "b@kreis.de is disabled.\n")
        #expect(run("users", "enable", "b@kreis.de").out == "b@kreis.de is invited.\n")
        let reset = run("users", "reset", "anna.meier@kreis.de")
        #expect(reset.code == .success)
        #expect(reset.out.contains("http://localhost:8080/admin/invite/"))
        #expect(run("users", "remove", "b@kreis.de").out == "Removed b@kreis.de.\n")

        let audit = run("audit")
        #expect(audit.code == .success)
        let actions = audit.out.split(separator: "\n").map {
            $0.split(separator: " ", omittingEmptySubsequences: true)[3]
        }
        #expect(actions == ["user-added", "user-added", "user-disabled", "user-enabled", "user-reset", "user-removed"])
        #expect(audit.out.contains("  cli:-  local  user-removed  b@kreis.de"))
        #expect(!audit.out.contains(token))
        let filtered = run("audit", "--user", "B@kreis.de", "--action", "user-disabled")
        #expect(filtered.out.split(separator: "\n").count == 1)
        let future = run("audit", "--since", "2999-01-01")
        #expect(future.code == .success && future.out.isEmpty)
        // A day, or a time without milliseconds, as people type them.
        #expect(run("audit", "--since", "2000-01-01").out.split(separator: "\n").count == 6)
        #expect(run("audit", "--since", "2000-01-01T09:00:00Z").out.split(separator: "\n").count == 6)
    }

    @Test func mistakesGetClearErrorsInTheCommandLinesStyle() {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let role = run("users", "add", "a@kreis.de", "--name", "A", "--role", "staf")
        #expect(role.code == .usage)
        #expect(
            role.error
                == "survey: error: invalid value 'staf' for '--role'; did you mean 'staff'? use one of: admin, staff, "
                + "committee\nRun 'survey users add --help' for usage.\n"
        )
        #expect(run("users", "add", "a@kreis.de", "--role", "staff").error.contains("--name is required"))
        #expect(run("users", "add", "a@kreis.de", "--name", "A").error.contains("--role is required"))
        #expect(
            run("users", "add", "kein-at", "--name", "A", "--role", "staff").error
                == "survey: error: 'kein-at' is not an e-mail address\n")
        _ = run("users", "add", "anna@kreis.de", "--name", "A", "--role", "staff")
        let duplicate = run("users", "add", "Anna@Kreis.de", "--name", "A", "--role", "staff")
        #expect(duplicate.code == .failure)
        #expect(duplicate.error == "survey: error: an account for anna@kreis.de exists already\n")
        let unknown = run("users", "disable", "ana@kreis.de")
        #expect(unknown.code == .failure)
        #expect(unknown.error == "survey: error: no account for ana@kreis.de; did you mean 'anna@kreis.de'?\n")
        #expect(run("audit", "--since", "gestern").code == .usage)
    }

    @Test func migrateTurnsTheSharedPasswordIntoAnAdminAccount() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let missing = run("users", "migrate", "--email", "leitung@kreis.de")
        #expect(missing.code == .failure)
        #expect(missing.error.contains("there is no old office password to migrate"))
        let hash = PasswordHash(password: "Korrekt-Pferd-Batterie", iterations: 10)
        try (hash.stored + "\n").write(toFile: folder + "/.admin-password", atomically: false, encoding: .utf8)
        let migrated = run("users", "migrate", "--email", "Leitung@Kreis.de")
        #expect(migrated.code == .success)
        #expect(migrated.out == "The office password now belongs to the admin account leitung@kreis.de.\n")
        let accounts = AccountDirectory(folder: folder, iterations: 10)
        #expect(accounts.verify(email: "leitung@kreis.de", password: "Korrekt-Pferd-Batterie", now: .now()) != nil)
        #expect(run("audit", "--action", "user-migrated").out.contains("leitung@kreis.de"))
    }

    @Test func theOldSetPasswordCommandPointsToTheNewOnes() {
        let old = Run("admin", "set-password")
        #expect(old.code == .usage)
        #expect(old.error.contains("survey users add <email>"))
        #expect(old.error.contains("survey users migrate --email"))
    }
}
