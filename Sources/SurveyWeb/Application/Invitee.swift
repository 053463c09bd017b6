import SurveyStore

/// An invited participant, as the web application needs one.
public struct Invitee: Sendable, Hashable {
    /// The participant's id in the store (`schule-017`).
    public let id: String
    public let surveyID: String
    /// How the office names the participant (the school's name).
    public let label: String
    public let email: String?
    /// Participant field values by field id (`schulart` → `gs`).
    public let fields: [String: String]
    /// SHA-256 hex of the normalised access token; the token itself is never kept.
    public let tokenHash: String
    /// The participant's session generation: grants issued under an older one are refused.
    public let sessionGeneration: Int

    /// The web's view of a participant registered in the store.
    public init(_ participant: Participant, surveyID: String) {
        self.init(
            id: participant.id, surveyID: surveyID, label: participant.label, email: participant.email,
            fields: participant.fields, tokenHash: participant.tokenHash,
            sessionGeneration: participant.sessionGeneration)
    }

    /// Creates an invitee.
    public init(
        id: String, surveyID: String, label: String, email: String?, fields: [String: String], tokenHash: String,
        sessionGeneration: Int = 0
    ) {
        self.id = id
        self.surveyID = surveyID
        self.label = label
        self.email = email
        self.fields = fields
        self.tokenHash = tokenHash
        self.sessionGeneration = sessionGeneration
    }
}
