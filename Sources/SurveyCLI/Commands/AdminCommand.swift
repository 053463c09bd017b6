import ArgumentParsing
import Foundation
import SurveyStore
import SurveyWeb

/// `survey admin set-password`: sets the office area's password.
enum AdminCommand {
    static let node = CommandNode(
        group: "admin", abstract: "Manage access to the office area.",
        [
            CommandNode(
                CommandSpec(
                    name: "set-password",
                    abstract: "Set the office password (read from standard input).",
                    discussion: """
                        Reads the new password from the first line of standard input, so it never appears in the \
                        shell history or the process list, and stores only its PBKDF2-HMAC-SHA256 hash in \
                        <responses>/.admin-password. The password needs at least \(PasswordPolicy.minimumLength) \
                        characters and must not be blank or a common password. Setting it ends every open office \
                        session, also on a server that is running.
                        """,
                    options: [responses.spec]),
                run: setPassword)
        ])

    static let responses = SurveyReference.responses

    static func setPassword(_ arguments: ParsedArguments, console: Console) -> ExitCode {
        let folder = arguments[responses]
        guard let line = readLine(strippingNewline: true) else {
            console.printError("survey: error: no password on standard input; type it and press Enter, or pipe it in")
            return .usage
        }
        if let problem = PasswordPolicy.problem(with: line) {
            console.printError("survey: error: \(problem)")
            return .failure
        }
        do {
            try PrivateFiles.createFolder(folder)
        } catch {
            console.printError("survey: error: cannot create \(folder); check the path and permissions")
            return .failure
        }
        let file = folder + "/" + OfficeAccess.passwordFileName
        do {
            try OfficeAccess.setPassword(line, file: file)
        } catch {
            console.printError("survey: error: \(error)")
            return .failure
        }
        console.print("Office password set (\(file)).")
        return .success
    }
}
