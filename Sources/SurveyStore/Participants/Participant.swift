/// An invited participant (for the schools survey: a school) and its status times.
public struct Participant: Sendable, Hashable {
    /// Stable identifier from the import file, e.g. the school number.
    public let id: String
    /// Human name, e.g. the school's name.
    public internal(set) var label: String
    /// Where invitations and reminders go, if known.
    public internal(set) var email: String?
    /// Values of the survey's participant fields, by field id.
    public internal(set) var fields: [String: String]
    /// SHA-256 hex of the current access token; the token itself is never stored.
    public internal(set) var tokenHash: String
    /// The seed from which the current token can be computed again with the link key (``LinkKey``);
    /// nil for tokens that were random (imports, reissues) and for files written before seeds existed.
    var tokenSeed: [UInt8]?
    /// When the participant was imported (and the first token issued).
    public let invited: Timestamp
    /// When the latest token was issued (equals `invited` until a reissue).
    public internal(set) var tokenIssued: Timestamp
    /// When the participant first opened the survey with a token.
    public internal(set) var firstOpened: Timestamp?
    /// Counts the events that end the participant's sessions: each reissued
    /// token and each explicit end. A grant issued under an older generation is
    /// refused; files written before generations existed read as 0.
    public internal(set) var sessionGeneration = 0
    /// The survey language the participant chose last, so that a personal link opened in another browser
    /// shows the survey, and the receipt, in that language; nil until a language is chosen.
    public internal(set) var language: String?
}

/// A participant's progress, combining the participants file and the response log.
public struct ParticipantStatus: Sendable, Hashable {
    public let participant: Participant
    /// Time of the latest draft saved after the last submit.
    public let lastDraft: Timestamp?
    /// Time of the current submit, nil if none counts (never submitted or voided).
    public let submitted: Timestamp?

    /// Creates a status from a participant and the current response view.
    public init(participant: Participant, view: ResponseView) {
        self.participant = participant
        let response = view.responseByParticipant[participant.id]
        lastDraft = response.flatMap { view.drafts[$0]?.time }
        submitted = response.flatMap { view.submitted[$0]?.time }
    }
}
