import ArgumentParsing
import SurveyStore

/// `survey users add <email> --name "…" --role …`: invites a person and prints their link.
enum UsersAddCommand {
    static let node = CommandNode(
        CommandSpec(
            name: "add",
            abstract: "Add an office account and print its one-time invitation link.",
            discussion: """
                The person opens the link and sets a password (at least \(PasswordPolicy.minimumLength) \
                characters, not a common one); the link works once and for \(UsersCommand.invitationDays) days. \
                Only a hash of it is stored, so it is printed this once: send it to the person yourself. \
                Roles: admin (people, and everything staff do), staff (surveys, participants, responses, \
                reports), committee (published reports only).
                """,
            arguments: [UsersCommand.email.spec],
            options: [name.spec, role.spec, SurveyReference.baseURL.spec, SurveyReference.responses.spec]),
        run: run)

    static let name = CommandOption<String?>("name", value: "name", help: "The person's name as the office shows it.")
    static let role = CommandOption<String?>(
        "role", value: "role", allowed: OfficeRole.allCases.map(\.rawValue),
        help: "admin, staff or committee.")

    static func run(_ arguments: ParsedArguments, console: Console) -> ExitCode {
        guard let name = arguments[name], !name.allSatisfy(\.isWhitespace) else {
            console.printError("survey: error: --name is required: the person's name, such as --name \"Anna Meier\"")
            return .usage
        }
        guard let role = arguments[role].flatMap(OfficeRole.init(rawValue:)) else {
            console.printError("survey: error: --role is required: admin, staff or committee")
            return .usage
        }
        guard let (directory, log) = UsersCommand.directory(arguments, console: console) else { return .failure }
        do {
            let (account, token) = try directory.add(
                email: arguments[UsersCommand.email], name: name, role: role, now: .now())
            UsersCommand.record(.userAdded, account, in: log, console: console)
            console.print(
                "Added \(account.email) (\(account.role.rawValue)). Invitation link, valid once for "
                    + "\(UsersCommand.invitationDays) days:")
            console.print(UsersCommand.invitationLink(baseURL: arguments[SurveyReference.baseURL], token: token))
            return .success
        } catch {
            console.printError("survey: error: \(error)")
            return .failure
        }
    }
}
