import StrictJSON
import SurveyModel

/// A definition converted from another survey tool, in the canonical layout, with what was not carried over.
public struct Conversion: Sendable {
    /// The definition in the canonical layout the designer and `survey fmt` write.
    public let bytes: [UInt8]
    /// The definition loaded: its survey, or the diagnostics that say why it does not load.
    public let result: SurveyLoadResult
    /// Everything of the source that was dropped or approximated, in source order.
    public let warnings: [ConversionWarning]

    /// Writes `definition` canonically and loads it, keeping the converter's `warnings`.
    public init(definition: JSON, warnings: [ConversionWarning]) {
        let prepared = CanonicalDefinition.prepare(json: definition)
        bytes = prepared.bytes
        result = prepared.result
        self.warnings = warnings
    }
}
