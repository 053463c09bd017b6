import CryptoPrimitives
import SurveyModel

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
