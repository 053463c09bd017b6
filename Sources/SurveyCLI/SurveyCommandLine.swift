import ArgumentParsing

/// The `survey` command-line tool: parses arguments and runs one command.
public enum SurveyCommandLine {
    static let root = CommandNode(
        group: "survey",
        abstract: "Survey definitions, collection and evaluation for a county education office.",
        [
            ServeCommand.node,
            ValidateCommand.node,
            FmtCommand.node,
            ConvertCommand.node,
            CommandNode(
                group: "participants",
                abstract: "Import participants, list their status, reissue tokens, end sessions.",
                [
                    ParticipantsImportCommand.node, ParticipantsListCommand.node, ParticipantsReissueCommand.node,
                    ParticipantsEndSessionsCommand.node,
                ]),
            MailCommand.node,
            CommandNode(
                group: "responses", abstract: "Check and repair a survey's response log.", [ResponsesCheckCommand.node]),
            BackupCommand.node,
            RestoreCommand.node,
            DiffCommand.node,
            GenerateCommand.node,
            EvaluateCommand.node,
            ReportCommand.node,
            ExportCommand.node,
            ImportCommand.node,
            ConvertCommand.node,
            UsersCommand.node,
            AuditCommand.node,
            AdminCommand.node,
        ])

    /// Runs the command that `arguments` (without the program name) name.
    ///
    /// - Returns: the exit code: 0 success, 1 problems found, 2 wrong usage.
    public static func run(_ arguments: [String], console: Console = .standard) -> ExitCode {
        do {
            switch try ArgumentParser.parse(arguments, root: root.spec) {
            case .help(let text):
                console.print(text, terminator: "")
                return .success
            case .run(let parsed):
                guard let run = root.node(at: parsed.commandPath)?.run else { return .usage }
                return run(parsed, console)
            }
        } catch {
            console.printError("survey: error: " + error.message)
            return .usage
        }
    }
}
