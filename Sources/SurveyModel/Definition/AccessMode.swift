/// Who may answer a survey.
public enum AccessMode: String, Sendable, Hashable, CaseIterable {
    /// Only invited participants, each with a personal link.
    case token
    /// Anyone with the survey's link.
    case `public`
}
