/// What the import checks for one participant field of the survey.
///
/// A plain description so the store does not depend on the survey model's types.
public struct ParticipantFieldRule: Sendable, Hashable {
    /// The field id, which is also the import file's column name.
    public let name: String
    /// The allowed values; empty means free text.
    public let allowedValues: [String]

    /// Creates a rule.
    public init(name: String, allowedValues: [String]) {
        self.name = name
        self.allowedValues = allowedValues
    }
}
