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
                        <responses>/.admin-password. The password needs at least \(PasswordHash.minimumLength) characters.
                        """,
                    options: [
                        OptionSpec(
                            "responses", .value(name: "folder"), help: "Folder for responses (default: responses).")
                    ]),
                run: setPassword)
        ])

    static func setPassword(_ arguments: ParsedArguments, console: Console) -> ExitCode {
        let folder = arguments.value("responses") ?? "responses"
        guard let line = readLine(strippingNewline: true) else {
            console.printError("survey: error: no password on standard input; type it and press Enter, or pipe it in")
            return .usage
        }
        guard line.count >= PasswordHash.minimumLength else {
            console.printError("survey: error: the password needs at least \(PasswordHash.minimumLength) characters")
            return .failure
        }
        do {
            try PrivateFiles.createFolder(folder)
        } catch {
            console.printError("survey: error: cannot create \(folder); check the path and permissions")
            return .failure
        }
        let file = folder + "/" + OfficeAccess.passwordFileName
        guard OfficeAccess.setPassword(line, file: file) else {
            console.printError("survey: error: cannot write \(file); check the permissions")
            return .failure
        }
        console.print("Office password set (\(file)).")
        return .success
    }
}
