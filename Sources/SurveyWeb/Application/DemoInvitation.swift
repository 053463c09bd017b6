import CryptoPrimitives
import SurveyModel
import SurveyStore

/// A participant invented for `survey serve --demo`, with the token for its personal link.
public struct DemoInvitation: Sendable {
    public let surveyID: String
    public let label: String
    public let token: AccessToken
}

extension WebApplication {
    /// Registers `count` demo schools with every survey that needs a personal link.
    public func inviteDemoParticipants(count: Int) -> [DemoInvitation] {
        var invitations: [DemoInvitation] = []
        for entry in services.catalog.entries where entry.survey.access == .token {
            let survey = entry.survey
            let rows = (1...max(1, count)).map { number in
                ParticipantImport.Row(
                    id: "demo-\(number)", label: "Demo-Schule \(number)", email: "demo-\(number)@schule.example",
                    fields: demoFields(survey, number))
            }
            guard let registered = try? entry.participants.register(rows) else { continue }
            invitations += registered.map {
                DemoInvitation(surveyID: survey.id, label: $0.participant.label, token: $0.token)
            }
        }
        _ = services.refreshInvitees()
        return invitations
    }

    /// Participant field values that take the options in turn, so breakdowns have something to show.
    private func demoFields(_ survey: Survey, _ number: Int) -> [String: String] {
        var fields: [String: String] = [:]
        for field in survey.participantFields where !field.options.isEmpty {
            fields[field.id] = field.options[(number - 1) % field.options.count].value
        }
        return fields
    }
}

extension WebApplication {
    /// Whether a survey online is answered with personal links.
    public func isTokenSurvey(_ id: String) -> Bool {
        services.catalog.entry(id)?.survey.access == .token
    }
}

extension WebApplication {
    /// The survey online with `id`.
    public func survey(_ id: String) -> Survey? {
        services.catalog.entry(id)?.survey
    }

    /// Invites participants who have already submitted `responses`, so the office area has something to show.
    ///
    /// - Parameter responses: each participant's field values and answers.
    /// - Returns: how many submissions were stored.
    @discardableResult
    public func addSubmittedDemoParticipants(
        surveyID: String, _ responses: [(participant: [String: String], answers: Answers)]
    ) -> Int {
        guard let entry = services.catalog.entry(surveyID) else { return 0 }
        var rows: [ParticipantImport.Row] = []
        var requests: [AppendRequest] = []
        for (number, response) in responses.enumerated() {
            let id = "beispiel-\(number + 1)"
            if entry.survey.access == .token {
                rows.append(
                    ParticipantImport.Row(
                        id: id, label: "Beispielschule \(number + 1)", email: "beispiel-\(number + 1)@schule.example",
                        fields: response.participant))
            }
            requests.append(
                AppendRequest(
                    .submit(answers: response.answers.json(in: entry.survey)),
                    responseID: services.responseID(surveyID: surveyID, participantID: id),
                    definitionVersion: entry.version,
                    participantID: entry.survey.keepsRespondentsAnonymous ? nil : id,
                    timeResolution: entry.survey.storedTimeResolution))
        }
        guard (try? entry.participants.register(rows)) != nil else { return 0 }
        _ = services.refreshInvitees()
        return entry.log.appendBatch(requests).filter { (try? $0.get()) != nil }.count
    }
}
