import ArgumentParsing
import SurveyStore

/// `survey users disable|enable|remove|reset <email>`: changes one account.
enum UsersChangeCommand {
    typealias Change = AccountChange

    static func abstract(_ change: Change) -> String {
        switch change {
        case .disable: "Disable an account; its sessions end at once, its history stays."
        case .enable: "Enable a disabled account again."
        case .remove: "Remove an account; the audit log keeps its id."
        case .reset: "Clear an account's password, end its sessions and print a new invitation link."
        }
    }

    static func node(_ change: Change) -> CommandNode {
        CommandNode(
            CommandSpec(
                name: change.rawValue, abstract: abstract(change), arguments: [UsersCommand.email.spec],
                options: change == .reset
                    ? [SurveyReference.baseURL.spec, SurveyReference.responses.spec] : [SurveyReference.responses.spec]
            ),
            run: { arguments, console in run(change, arguments, console: console) })
    }

    static func run(_ change: Change, _ arguments: ParsedArguments, console: Console) -> ExitCode {
        guard let (directory, log) = UsersCommand.directory(arguments, console: console) else { return .failure }
        let email = arguments[UsersCommand.email]
        do {
            let (account, token) = try directory.apply(change, email: email, now: .now())
            UsersCommand.record(change.action, account, in: log, console: console)
            switch change {
            case .disable, .enable: console.print("\(account.email) is \(account.state.rawValue).")
            case .remove: console.print("Removed \(account.email).")
            case .reset:
                console.print(
                    "Password of \(account.email) cleared. New invitation link, valid once for "
                        + "\(UsersCommand.invitationDays) days:")
                console.print(
                    UsersCommand.invitationLink(baseURL: arguments[SurveyReference.baseURL], token: token ?? ""))
            }
            return .success
        } catch {
            console.printError("survey: error: \(error)")
            return .failure
        }
    }
}
