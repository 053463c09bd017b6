import ArgumentParsing
import SurveyStore

/// `survey users migrate --email …`: turns the old shared office password into one admin account.
enum UsersMigrateCommand {
    static let node = CommandNode(
        CommandSpec(
            name: "migrate",
            abstract: "Turn the shared office password of earlier versions into one admin account.",
            discussion: """
                Whoever knew the shared password signs in with it under the address given. The old file \
                <responses>/.admin-password is kept as .admin-password.migrated; nothing else changes. Without \
                this command, `survey serve` migrates it at the first start to the account `admin`.
                """,
            options: [email.spec, SurveyReference.responses.spec]),
        run: run)

    static let email = CommandOption<String?>("email", value: "address", help: "The admin account's e-mail address.")

    static func run(_ arguments: ParsedArguments, console: Console) -> ExitCode {
        guard let email = arguments[email] else {
            console.printError("survey: error: --email is required: the address the admin account signs in with")
            return .usage
        }
        guard let (directory, log) = UsersCommand.directory(arguments, console: console) else { return .failure }
        do {
            let account = try directory.migrateLegacyPassword(email: email, now: .now())
            UsersCommand.record(.userMigrated, account, in: log, console: console)
            console.print("The office password now belongs to the admin account \(account.email).")
            return .success
        } catch {
            console.printError("survey: error: \(error)")
            return .failure
        }
    }
}
