import SurveyModel

extension Survey {
    /// Whether a response can be linked to no one: a public survey, or one whose
    /// definition says `"anonymous": true`.
    public var keepsRespondentsAnonymous: Bool { anonymous || access == .public }

    /// How precisely the log keeps the time of this survey's responses: to the
    /// hour where respondents are anonymous, so a stored time cannot single one
    /// out; to the millisecond otherwise.
    public var storedTimeResolution: Timestamp.Resolution { keepsRespondentsAnonymous ? .hour : .millisecond }
}
