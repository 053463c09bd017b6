import ArgumentParsing
import Foundation
import SurveyStore
import SurveyWeb

/// `survey users …`: the office's personal accounts.
///
/// Every change works while the server runs: the server reads the accounts
/// file again when it changed, so a disabled, removed or reset account's
/// sessions end at its next request. Each change is written to the audit log.
enum UsersCommand {
    static let node = CommandNode(
        group: "users", abstract: "Add, list, disable, enable, remove and reset office accounts.",
        [
            UsersAddCommand.node, UsersListCommand.node,
            UsersChangeCommand.node(.disable), UsersChangeCommand.node(.enable),
            UsersChangeCommand.node(.remove), UsersChangeCommand.node(.reset),
            UsersMigrateCommand.node,
        ])

    static let email = CommandArgument<String>("email", help: "The person's e-mail address, which they sign in with.")

    /// Opens the accounts of the `--responses` folder, creating the folder if needed.
    static func directory(_ arguments: ParsedArguments, console: Console) -> (AccountDirectory, AuditLog)? {
        let folder = arguments[SurveyReference.responses]
        do {
            try PrivateFiles.createFolder(folder)
        } catch {
            console.printError("survey: error: cannot create \(folder); check the path and permissions")
            return nil
        }
        return (AccountDirectory(folder: folder), AuditLog(folder: folder))
    }

    /// Writes the audit line of a change made on the command line: the actor is the command line
    /// (with the system user, where known), the object the account changed.
    static func record(
        _ action: AuditAction, _ account: Account, in log: AuditLog, console: Console
    ) {
        let entry = AuditEntry(
            time: .now(), accountID: nil, actor: "cli:" + (console.environment["USER"] ?? "-"),
            address: "local", action: action, object: account.email)
        do {
            try log.append(entry)
        } catch {
            console.printError("survey: warning: cannot write the audit log \(error.path) (errno \(error.code))")
        }
    }

    /// The link that opens an invitation, printed once.
    static func invitationLink(baseURL: String, token: String) -> String {
        (baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL) + "/admin/invite/" + token
    }

    /// How long an invitation link works, for the message that prints it.
    static let invitationDays = AccountDirectory.invitationLifetimeSeconds / 86_400
}
