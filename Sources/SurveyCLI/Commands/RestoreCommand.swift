import ArgumentParsing
import SurveyStore

/// `survey restore <backup-dir>`: puts a backup back after checking all of it.
enum RestoreCommand {
    static let node = CommandNode(
        CommandSpec(
            name: "restore",
            abstract: "Restore a backup made by 'survey backup' into the surveys and responses folders.",
            discussion: """
                Checks every file against the backup's manifest.json (size and SHA-256) before writing \
                anything. The surveys and responses folders must be empty or missing; with --force, the files \
                the backup holds replace those there (others stay), and each survey's lock is taken first, so \
                stop the server before.
                """,
            arguments: [backup.spec],
            options: [ServeCommand.surveys.spec, SurveyReference.responses.spec, force.spec]),
        run: run)

    static let backup = CommandArgument<String>("backup-dir", help: "Folder written by 'survey backup'.")
    static let force = CommandOption<Bool>("force", help: "Replace files in non-empty folders.")

    static func run(_ arguments: ParsedArguments, console: Console) -> ExitCode {
        do {
            let manifest = try StoreRestore.restore(
                from: arguments[backup], surveysFolder: arguments[ServeCommand.surveys],
                responsesFolder: arguments[SurveyReference.responses], replacing: arguments[force])
            console.print(
                "\(manifest.files.count) files of the backup from \(manifest.created) restored into "
                    + "\(arguments[ServeCommand.surveys]) and \(arguments[SurveyReference.responses])")
            return .success
        } catch {
            console.printError("survey: error: \(error.description)")
            return .failure
        }
    }
}
