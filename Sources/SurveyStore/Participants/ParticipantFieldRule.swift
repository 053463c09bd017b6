import SurveyModel

/// What the import checks for one participant field of the survey.
///
/// A plain description, so the checks can be tested without a survey definition.
public struct ParticipantFieldRule: Sendable, Hashable {
    /// The field id, which is also the import file's column name.
    public let name: String
    /// The allowed values; empty means free text.
    public let allowedValues: [String]
    /// The value each option label stands for, by lowercased label in every
    /// language: a spreadsheet often has „Grundschule“ where the survey stores `gs`.
    public let valueByLabel: [String: String]

    /// Creates a rule.
    public init(name: String, allowedValues: [String], valueByLabel: [String: String] = [:]) {
        self.name = name
        self.allowedValues = allowedValues
        self.valueByLabel = Dictionary(
            valueByLabel.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    /// The rule of a survey's participant field, accepting each option's value and its labels.
    public init(_ field: ParticipantField) {
        var labels: [String: String] = [:]
        for option in field.options {
            for label in [option.label.defaultText] + option.label.translations.values.sorted() {
                labels[label.lowercased()] = labels[label.lowercased()] ?? option.value
            }
        }
        self.init(name: field.id, allowedValues: field.options.map(\.value), valueByLabel: labels)
    }

    /// The stored value for `text`: itself when allowed (or free text), the value of a
    /// matching label otherwise, nil when neither.
    func value(for text: String) -> String? {
        if allowedValues.isEmpty || allowedValues.contains(text) { return text }
        return valueByLabel[text.lowercased()]
    }
}
