import ArgumentParsing
import CSVCodec
import Foundation
import Markup
import SurveyStore

/// `survey participants list <survey>`: each participant's status.
enum ParticipantsListCommand {
    static let node = CommandNode(
        CommandSpec(
            name: "list",
            abstract: "Show each participant's status: invited, first opened, last draft, submitted.",
            discussion:
                "Times are UTC. Works while the server runs. With --pending, only those who have not submitted (for reminders).",
            arguments: [SurveyReference.survey.spec],
            options: [pending.spec, format.spec, SurveyReference.responses.spec]),
        run: run)

    static let pending = CommandOption<Bool>("pending", help: "Only participants without a current submission.")
    static let format = CommandOption<String?>(
        "format", value: "format", allowed: ["table", "csv"], help: "Output format (default: table).")

    static let header = ["id", "label", "email", "invited", "opened", "last_draft", "submitted"]

    static func run(_ arguments: ParsedArguments, console: Console) -> ExitCode {
        let reference = SurveyReference(arguments)
        guard FileManager.default.fileExists(atPath: reference.responsesDirectory) else {
            console.printError(
                "survey: error: \(reference.responsesDirectory) does not exist; import participants first")
            return .failure
        }
        guard let registry = reference.openParticipants(console: console) else { return .failure }
        let statuses: [ParticipantStatus]
        do {
            let view = try ResponseView.read(directory: reference.responsesDirectory)
            statuses = try registry.all().map { ParticipantStatus(participant: $0, view: view) }
                .filter { !arguments[pending] || $0.submitted == nil }
        } catch {
            console.printError("survey: error: \(error.description)")
            return .failure
        }
        if arguments[format] == "csv" {
            let rows = statuses.map { row($0, time: { $0?.description ?? "" }).map(CSVCell.text) }
            console.write(data: String(decoding: CSVWriter.standard.write(header: header, rows: rows), as: UTF8.self))
            return .success
        }
        // One line per participant: a line break in a name is shown as \n, not obeyed.
        let rows = [header] + statuses.map { row($0, time: minutes).map(TerminalEscaper.escape) }
        let widths = header.indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        for row in rows {
            let cells = row.enumerated().map { column, text in
                text.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }
            console.print(cells.joined(separator: "  ").trimmingTrailingSpaces)
        }
        let submitted = statuses.filter { $0.submitted != nil }.count
        console.print("\(statuses.count) participant\(statuses.count == 1 ? "" : "s"), \(submitted) submitted")
        return .success
    }

    private static func row(_ status: ParticipantStatus, time: (Timestamp?) -> String) -> [String] {
        let participant = status.participant
        return [
            participant.id, participant.label, participant.email ?? "", time(participant.invited),
            time(participant.firstOpened), time(status.lastDraft), time(status.submitted),
        ]
    }

    /// `2026-11-27 08:14` for the table, `-` for never.
    private static func minutes(_ time: Timestamp?) -> String {
        guard let text = time?.description else { return "-" }
        return String(text.prefix(16)).replacing("T", with: " ")
    }
}

extension String {
    fileprivate var trimmingTrailingSpaces: String {
        String(reversed().drop { $0 == " " }.reversed())
    }
}
