import ArgumentParsing
import CSVCodec
import CryptoPrimitives
import Suggestions
import SurveyStore

/// `survey participants reissue <survey> <id>`: a new token for one participant.
enum ParticipantsReissueCommand {
    static let node = CommandNode(
        CommandSpec(
            name: "reissue",
            abstract: "Issue a new token for one participant; the old token stops working.",
            discussion: "Prints the invitation row (id, label, email, token, link) once. Works while the server runs.",
            arguments: [SurveyReference.survey.spec, SurveyReference.participant.spec],
            options: [excel.spec, SurveyReference.baseURL.spec, SurveyReference.responses.spec]),
        run: run)

    static let excel = CommandOption<Bool>("excel", help: "Write the row for Excel: ';' and a byte-order mark.")

    static func run(_ arguments: ParsedArguments, console: Console) -> ExitCode {
        let reference = SurveyReference(arguments)
        guard let registry = reference.openParticipants(console: console) else { return .failure }
        let invitation: ParticipantRegistry.Invitation
        let id = arguments[SurveyReference.participant]
        do {
            invitation = try registry.reissue(id: id)
        } catch {
            let hint = if case .unknownParticipant = error { suggestion(for: id, in: registry) } else { "" }
            console.printError("survey: error: \(error.description)\(hint)")
            return .failure
        }
        let baseURL = arguments[SurveyReference.baseURL]
        let csv = InvitationList.csv(
            [invitation], link: { SurveyReference.link(baseURL: baseURL, token: $0.description) },
            writer: arguments[excel] ? .excel : .standard)
        console.write(data: String(decoding: csv, as: UTF8.self))
        return .success
    }

    /// "; did you mean 's002'?" for a mistyped id, or nothing when no registered id is close.
    private static func suggestion(for id: String, in registry: ParticipantRegistry) -> String {
        guard let ids = try? registry.all().map(\.id), let closest = closestMatch(to: id, among: ids) else { return "" }
        return "; did you mean '\(closest)'?"
    }
}
