import ArgumentParsing
import SurveyStore

/// `survey participants end-sessions <survey> <id>`: signs a participant out on every device.
enum ParticipantsEndSessionsCommand {
    static let node = CommandNode(
        CommandSpec(
            name: "end-sessions",
            abstract: "End a participant's sessions on every device; the personal link keeps working.",
            discussion: """
                Browsers that opened the survey before must open the personal link again. Use it when a \
                school fears someone else used its computer; use reissue when the link itself got out. \
                Works while the server runs.
                """,
            arguments: [SurveyReference.survey.spec, SurveyReference.participant.spec],
            options: [SurveyReference.responses.spec]),
        run: run)

    static func run(_ arguments: ParsedArguments, console: Console) -> ExitCode {
        let reference = SurveyReference(arguments)
        guard let registry = reference.openParticipants(console: console) else { return .failure }
        let id = arguments[SurveyReference.participant]
        do {
            try registry.endSessions(id: id)
        } catch {
            console.printError("survey: error: \(error.description)")
            return .failure
        }
        console.print("Sessions of \(id) ended; the personal link still works.")
        return .success
    }
}
