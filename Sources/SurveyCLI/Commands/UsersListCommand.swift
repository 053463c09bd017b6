import ArgumentParsing
import Foundation
import Markup
import SurveyStore

/// `survey users list`: every account with its role and state.
enum UsersListCommand {
    static let node = CommandNode(
        CommandSpec(
            name: "list", abstract: "List the office accounts: address, name, role, state, last change (UTC).",
            options: [SurveyReference.responses.spec]),
        run: run)

    static func run(_ arguments: ParsedArguments, console: Console) -> ExitCode {
        guard let (directory, _) = UsersCommand.directory(arguments, console: console) else { return .failure }
        let accounts: [Account]
        do {
            accounts = try directory.all()
        } catch {
            console.printError("survey: error: \(error)")
            return .failure
        }
        let header = ["email", "name", "role", "state", "changed"]
        // One line per account: a line break in a name is shown as \n, not obeyed.
        let rows =
            [header]
            + accounts.map { account in
                [account.email, account.name, account.role.rawValue, state(account), account.changed.description]
                    .map(TerminalEscaper.escape)
            }
        let widths = header.indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        for row in rows {
            let cells = row.enumerated().map { column, text in
                column == row.count - 1 ? text : text.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }
            console.print(cells.joined(separator: "  "))
        }
        console.print("\(accounts.count) account\(accounts.count == 1 ? "" : "s")")
        return .success
    }

    /// The state, with an invitation's expiry where one is pending.
    private static func state(_ account: Account) -> String {
        guard account.state == .invited, let invitation = account.invitation else { return account.state.rawValue }
        let expired = invitation.expires <= .now()
        return "invited (link \(expired ? "expired" : "valid until \(invitation.expires)"))"
    }
}
