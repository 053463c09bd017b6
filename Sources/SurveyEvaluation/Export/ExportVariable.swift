import SurveyModel

/// One variable (column) of an export with what typed formats need to know about it.
public struct ExportVariable: Sendable, Hashable {
    /// The column name, as in the CSV header (`schulart`, `wlan_nutzer_gaeste`).
    public let name: String
    /// The variable's label: the question's text, with the option, row or place after a colon.
    public let label: String
    /// The question it belongs to; nil for the fixed columns (response, participant, submitted).
    public let questionID: String?
    public let kind: Kind
    public let measurement: Measurement
    /// Code → label, in the order the definition gives; values are `.number` for numeric kinds, `.text` for codes.
    public let valueLabels: [ExportValueLabel]
    /// For scales with a "not applicable" answer: the number that numeric formats write for it, below the
    /// scale's first point (-1 for a scale from 1), declared missing where the format can say so.
    public let notApplicableCode: Double?

    /// What a variable's cells hold.
    public enum Kind: Sendable, Hashable {
        /// Free text or an id.
        case text
        /// A choice's code (text) with value labels.
        case code
        /// Numbers: number answers, scale points, 0/1.
        case number
        /// Calendar dates.
        case date
        /// Instants (UTC).
        case timestamp
    }

    /// How a variable's values may be compared, as statistics programs record it.
    public enum Measurement: String, Sendable, Hashable {
        case nominal, ordinal, scale
    }

    public init(
        name: String, label: String, questionID: String?, kind: Kind, measurement: Measurement,
        valueLabels: [ExportValueLabel] = [], notApplicableCode: Double? = nil
    ) {
        self.name = name
        self.label = label
        self.questionID = questionID
        self.kind = kind
        self.measurement = measurement
        self.valueLabels = valueLabels
        self.notApplicableCode = notApplicableCode
    }
}

/// One value label of a variable.
public struct ExportValueLabel: Sendable, Hashable {
    /// The stored value: `.number` for numeric variables, `.text` for codes.
    public let value: ExportValue
    public let label: String

    public init(value: ExportValue, label: String) {
        self.value = value
        self.label = label
    }
}
