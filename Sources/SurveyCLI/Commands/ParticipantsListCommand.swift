import ArgumentParsing
import CSVCodec
import Foundation
import Markup
import SurveyMail
import SurveyModel
import SurveyStore

/// `survey participants list <survey>`: each participant's status.
enum ParticipantsListCommand {
    static let node = CommandNode(
        CommandSpec(
            name: "list",
            abstract:
                "Show each participant's fields and status: invited, first opened, last draft, submitted, mailed.",
            discussion: """
                Times are in the survey's time zone, to the minute. Works while the server runs. With --pending, \
                only those who have not submitted (for reminders); --format csv --excel writes the list for Excel.
                """,
            arguments: [SurveyReference.survey.spec],
            options: [pending.spec, format.spec, excel.spec, SurveyReference.responses.spec]),
        run: run)

    static let pending = CommandOption<Bool>("pending", help: "Only participants without a current submission.")
    static let format = CommandOption<String?>(
        "format", value: "format", allowed: ["table", "csv"], help: "Output format (default: table).")

    static let excel = CommandOption<Bool>(
        "excel", help: "With --format csv: UTF-8 with byte order mark and ';' between fields, for German Excel.")

    /// The columns: the participant's own, one per participant field, then the times; the last two are the
    /// latest invitation and reminder the mail transport accepted (`survey mail`).
    static func header(_ survey: Survey) -> [String] {
        ["id", "label", "email"] + survey.participantFields.map(\.id)
            + ["invited", "opened", "last_draft", "submitted", "invitation_mailed", "reminder_mailed"]
    }

    static func run(_ arguments: ParsedArguments, console: Console) -> ExitCode {
        let reference = SurveyReference(arguments)
        guard FileManager.default.fileExists(atPath: reference.responsesDirectory) else {
            console.printError(
                "survey: error: \(reference.responsesDirectory) does not exist; import participants first")
            return .failure
        }
        if arguments[excel], arguments[format] != "csv" {
            console.printError("survey: error: --excel needs --format csv")
            return .usage
        }
        guard let survey = reference.loadSurvey(console: console),
            let registry = reference.openParticipants(console: console)
        else { return .failure }
        let header = header(survey)
        let statuses: [ParticipantStatus]
        let history: MailHistory
        do {
            history = try MailHistory(folder: reference.folder)
            let view = try ResponseView.read(directory: reference.responsesDirectory)
            statuses = try registry.all().map { ParticipantStatus(participant: $0, view: view) }
                .filter { !arguments[pending] || $0.submitted == nil }
        } catch {
            console.printError("survey: error: \(error.description)")
            return .failure
        }
        if arguments[format] == "csv" {
            let rows = statuses.map { row($0, survey: survey, history: history, never: "").map(CSVCell.text) }
            let writer = arguments[excel] ? CSVWriter.excel : CSVWriter.standard
            console.write(data: String(decoding: writer.write(header: header, rows: rows), as: UTF8.self))
            return .success
        }
        // One line per participant: a line break in a name is shown as \n, not obeyed.
        let rows =
            [header]
            + statuses.map { row($0, survey: survey, history: history, never: "-").map(TerminalEscaper.escape) }
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

    /// One participant's cells; `never` stands for a time that has not come.
    private static func row(
        _ status: ParticipantStatus, survey: Survey, history: MailHistory, never: String
    ) -> [String] {
        let participant = status.participant
        func time(_ time: Timestamp?) -> String { LocalTime.minutes(time, in: survey.timeZone, never: never) }
        func time(_ date: Date?) -> String {
            time(date.map { Timestamp(millisecondsSince1970: Int64(($0.timeIntervalSince1970 * 1000).rounded())) })
        }
        return [participant.id, participant.label, participant.email ?? ""]
            + survey.participantFields.map { participant.fields[$0.id] ?? "" }
            + [
                time(participant.invited), time(participant.firstOpened), time(status.lastDraft),
                time(status.submitted), time(history.lastInvited(participant.id)),
                time(history.lastReminded(participant.id)),
            ]
    }
}

extension String {
    fileprivate var trimmingTrailingSpaces: String {
        String(reversed().drop { $0 == " " }.reversed())
    }
}
