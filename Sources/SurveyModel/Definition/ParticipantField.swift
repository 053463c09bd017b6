/// An attribute that comes with each invited participant, such as the school's type.
///
/// Participant fields are not asked in the form; expressions read them as
/// `participant.<id>` and the evaluation can break results down by them.
public struct ParticipantField: Sendable, Hashable {
    /// The field's identifier (`schulart`).
    public let id: String
    /// The field's name for readers.
    public let label: LocalizedText
    /// The allowed values; empty for a free-text field.
    public let options: [Option]

    /// Creates a participant field.
    public init(id: String, label: LocalizedText, options: [Option]) {
        self.id = id
        self.label = label
        self.options = options
    }

    /// The option with `value`, if the field has one.
    public func option(_ value: String) -> Option? {
        options.first { $0.value == value }
    }
}
