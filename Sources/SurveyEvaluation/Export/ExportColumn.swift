/// One column of the raw-data export: which part of which question it holds.
public struct ExportColumn: Sendable, Hashable {
    /// The column name (`schulart`, `wlan_nutzer_gaeste`, `ausstattung_aktuell`, `vorhaben_1`).
    public let name: String
    /// The question it belongs to.
    public let questionID: String
    /// What readers see as the variable's label in the codebook.
    public let label: String
    public let content: Content
    /// Code → label, for the codebook and `--labels`.
    public let valueLabels: [Category]

    /// What a column holds.
    public enum Content: Sendable, Hashable {
        /// The whole answer: text, number, date, a single choice's code, a scale point or `na`, `1`/`0` for yes/no.
        case answer
        /// 1 if the multiple-choice option `value` was chosen, else 0 (empty when the question was not answered).
        case option(String)
        /// The free text of the "other" choice.
        case otherText
        /// The answer of one matrix row.
        case matrixRow(String)
        /// The option at place `rank` (from 1) of a ranking.
        case rank(Int)
    }

    public init(name: String, questionID: String, label: String, content: Content, valueLabels: [Category] = []) {
        self.name = name
        self.questionID = questionID
        self.label = label
        self.content = content
        self.valueLabels = valueLabels
    }
}
