import ArgumentParsing
import SurveyStore

/// `survey users disable|enable|remove|reset <email>`: changes one account.
enum UsersChangeCommand {
    enum Change: String, CaseIterable {
        case disable, enable, remove, reset

        var abstract: String {
            switch self {
            case .disable: "Disable an account; its sessions end at once, its history stays."
            case .enable: "Enable a disabled account again."
            case .remove: "Remove an account; the audit log keeps its id."
            case .reset: "Clear an account's password, end its sessions and print a new invitation link."
            }
        }

        var action: AuditAction {
            switch self {
            case .disable: .userDisabled
            case .enable: .userEnabled
            case .remove: .userRemoved
            case .reset: .userReset
            }
        }
    }

    static func node(_ change: Change) -> CommandNode {
        CommandNode(
            CommandSpec(
                name: change.rawValue, abstract: change.abstract, arguments: [UsersCommand.email.spec],
                options: change == .reset
                    ? [SurveyReference.baseURL.spec, SurveyReference.responses.spec] : [SurveyReference.responses.spec]
            ),
            run: { arguments, console in run(change, arguments, console: console) })
    }

    static func run(_ change: Change, _ arguments: ParsedArguments, console: Console) -> ExitCode {
        guard let (directory, log) = UsersCommand.directory(arguments, console: console) else { return .failure }
        let email = arguments[UsersCommand.email]
        do {
            switch change {
            case .disable, .enable:
                let account = try directory.setDisabled(change == .disable, email: email, now: .now())
                UsersCommand.record(change.action, account, in: log, console: console)
                console.print("\(account.email) is \(account.state.rawValue).")
            case .remove:
                let account = try directory.remove(email: email)
                UsersCommand.record(change.action, account, in: log, console: console)
                console.print("Removed \(account.email).")
            case .reset:
                let (account, token) = try directory.reset(email: email, now: .now())
                UsersCommand.record(change.action, account, in: log, console: console)
                console.print(
                    "Password of \(account.email) cleared. New invitation link, valid once for "
                        + "\(UsersCommand.invitationDays) days:")
                console.print(UsersCommand.invitationLink(baseURL: arguments[SurveyReference.baseURL], token: token))
            }
            return .success
        } catch {
            console.printError("survey: error: \(error)")
            return .failure
        }
    }
}
