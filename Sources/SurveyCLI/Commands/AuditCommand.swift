import ArgumentParsing
import Markup
import SurveyStore

/// `survey audit`: prints the office's audit log, optionally filtered.
enum AuditCommand {
    static let node = CommandNode(
        CommandSpec(
            name: "audit",
            abstract: "Print the office's audit log: who did what, when, from where, to which object.",
            discussion: """
                One line per action, oldest first, times in UTC. Actions: \
                \(AuditAction.allCases.map(\.rawValue).joined(separator: ", ")).
                """,
            options: [user.spec, action.spec, since.spec, SurveyReference.responses.spec]),
        run: run)

    static let user = CommandOption<String?>("user", value: "email", help: "Only this account (address or id).")
    static let action = CommandOption<String?>(
        "action", value: "action", allowed: AuditAction.allCases.map(\.rawValue), help: "Only this action.")
    static let since = CommandOption<String?>(
        "since", value: "date", help: "Only from this day (2026-11-13) or time (2026-11-13T09:00:00Z) on.")

    static func run(_ arguments: ParsedArguments, console: Console) -> ExitCode {
        var start: Timestamp?
        if let text = arguments[since] {
            // Seconds without milliseconds are what people type.
            let withMilliseconds = text.hasSuffix("Z") && text.utf8.count == 20 ? text.dropLast() + ".000Z" : text
            guard let parsed = Timestamp(iso: withMilliseconds) ?? AuditFilter.startOfDay(text) else {
                console.printError(
                    "survey: error: --since must be a date such as 2026-11-13 or a time such as 2026-11-13T09:00:00Z, "
                        + "not \"\(text)\"")
                return .usage
            }
            start = parsed
        }
        let log = AuditLog(folder: arguments[SurveyReference.responses])
        let entries: [AuditEntry]
        do {
            entries = try log.entries(
                actor: arguments[user], action: arguments[action].flatMap(AuditAction.init(rawValue:)), since: start)
        } catch {
            console.printError("survey: error: cannot read \(error.path) (errno \(error.code))")
            return .failure
        }
        for entry in entries {
            // Each field escaped whole: a line break or escape sequence in an address or object stays visible.
            console.print(
                [entry.time.description, entry.actor, entry.address, entry.action.rawValue, entry.object ?? "-"]
                    .map(TerminalEscaper.escape).joined(separator: "  "))
        }
        return .success
    }
}
