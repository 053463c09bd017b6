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
    /// Invites `count` demo schools to every survey that needs a personal link.
    ///
    /// Participant fields get their options in turn, so breakdowns have something to show.
    public func inviteDemoParticipants(count: Int) -> [DemoInvitation] {
        var invitations: [DemoInvitation] = []
        for entry in services.catalog.entries where entry.survey.access == .token {
            let survey = entry.survey
            var invitees: [Invitee] = []
            for number in 1...max(1, count) {
                let token = AccessToken.generate()
                var fields: [String: String] = [:]
                for field in survey.participantFields where !field.options.isEmpty {
                    fields[field.id] = field.options[(number - 1) % field.options.count].value
                }
                let label = "Demo-Schule \(number)"
                invitees.append(
                    Invitee(
                        id: "demo-\(number)", surveyID: survey.id, label: label, email: "demo-\(number)@schule.example",
                        fields: fields, tokenHash: token.hashHex))
                invitations.append(DemoInvitation(surveyID: survey.id, label: label, token: token))
            }
            invitees.append(contentsOf: self.invitees.invitees(of: survey.id))
            self.invitees.replace(surveyID: survey.id, with: invitees)
        }
        return invitations
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
    public func addSubmittedDemoParticipants(surveyID: String, _ responses: [(participant: [String: String], answers: Answers)]) -> Int {
        guard let entry = services.catalog.entry(surveyID) else { return 0 }
        var invitees = self.invitees.invitees(of: surveyID)
        var requests: [AppendRequest] = []
        for (number, response) in responses.enumerated() {
            let id = "beispiel-\(number + 1)"
            invitees.append(
                Invitee(
                    id: id, surveyID: surveyID, label: "Beispielschule \(number + 1)", email: "beispiel-\(number + 1)@schule.example",
                    fields: response.participant, tokenHash: AccessToken.generate().hashHex))
            requests.append(
                AppendRequest(
                    .submit(answers: response.answers.json(in: entry.survey)),
                    responseID: services.responseID(surveyID: surveyID, participantID: id), definitionVersion: entry.version,
                    participantID: entry.survey.anonymous ? nil : id))
        }
        self.invitees.replace(surveyID: surveyID, with: invitees)
        return entry.log.appendBatch(requests).filter { (try? $0.get()) != nil }.count
    }
}
