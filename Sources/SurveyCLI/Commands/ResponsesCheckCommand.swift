import ArgumentParsing
import Foundation
import SurveyStore

/// `survey responses check <survey> [--repair]`: finds damaged lines in a response log.
enum ResponsesCheckCommand {
    static let node = CommandNode(
        CommandSpec(
            name: "check",
            abstract: "Report every damaged line of a survey's response log; --repair moves them to a quarantine file.",
            discussion: """
                Needs the survey's lock, so stop the server first. --repair copies damaged lines and an \
                unfinished last line to responses/<id>/log.jsonl.quarantine-<time> and writes the log without \
                them; nothing is deleted. Exits with 1 if damage was found and not repaired.
                """,
            arguments: [SurveyReference.survey.spec],
            options: [repair.spec, SurveyReference.responses.spec]),
        run: run)

    static let repair = CommandOption<Bool>("repair", help: "Move damaged lines to a quarantine file.")

    static func run(_ arguments: ParsedArguments, console: Console) -> ExitCode {
        let reference = SurveyReference(arguments)
        let directory = reference.responsesDirectory
        guard FileManager.default.fileExists(atPath: directory) else {
            console.print("\(directory): no responses yet")
            return .success
        }
        do {
            let repair = arguments[Self.repair]
            let (report, quarantine) =
                repair
                ? try LogMaintenance.repair(directory: directory, displayName: directory)
                : (try LogMaintenance.check(directory: directory, displayName: directory), nil)
            let log = reference.folder.log
            for damaged in report.damagedLines {
                console.print("\(log):\(damaged.line): damaged: \(damaged.reason)")
            }
            if report.tornTailBytes > 0 {
                console.print("\(log): unfinished last line (\(report.tornTailBytes) bytes, never acknowledged)")
            }
            console.print("\(report.recordCount) records, \(report.damagedLines.count) damaged lines")
            if let quarantine {
                console.print("moved to \(quarantine); the log now holds only valid records")
                return .success
            }
            if !report.isClean {
                console.print("run 'survey responses check \(reference.id) --repair' to move them to a quarantine file")
                return .failure
            }
            return .success
        } catch {
            console.printError("survey: error: \(error.description)")
            return .failure
        }
    }
}
