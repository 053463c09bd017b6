import ArgumentParsing
import SurveyStore

/// `survey backup <dest-dir>`: a verified copy of definitions and responses while the server runs.
enum BackupCommand {
    static let node = CommandNode(
        CommandSpec(
            name: "backup",
            abstract: "Copy definitions, their history and all responses into a new folder, while the server runs.",
            discussion: """
                Copies the responses folder (logs up to their last complete record, participants, mail logs, \
                the link and server keys, accounts, sessions and the audit log) and the surveys folder \
                (definitions and their history), reads the copy back with the checks of 'survey responses \
                check', and writes manifest.json with each file's size and SHA-256. Locks and columns.bin \
                are left out: the server makes them again. Every submission acknowledged before the backup \
                started is in it. The folder must be new or empty.
                """,
            arguments: [destination.spec],
            options: [ServeCommand.surveys.spec, SurveyReference.responses.spec]),
        run: run)

    static let destination = CommandArgument<String>("dest-dir", help: "New or empty folder for the backup.")

    static func run(_ arguments: ParsedArguments, console: Console) -> ExitCode {
        do {
            let summary = try StoreBackup.make(
                surveysFolder: arguments[ServeCommand.surveys], responsesFolder: arguments[SurveyReference.responses],
                destination: arguments[destination])
            for (log, records) in summary.records.sorted(by: { $0.key < $1.key }) {
                console.print("\(log): \(records) records, checked")
            }
            console.print(
                "\(summary.manifest.files.count) files, \(summary.bytes) bytes copied to \(arguments[destination]) "
                    + "(\(BackupManifest.fileName) lists each with its SHA-256)")
            return .success
        } catch {
            console.printError("survey: error: \(error.description)")
            return .failure
        }
    }
}
