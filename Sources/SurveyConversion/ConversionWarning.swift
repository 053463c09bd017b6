/// Something of the source survey that a conversion could not carry over exactly.
///
/// It names its place in the source file (an XML path and line for LimeSurvey,
/// a JSON path for SurveyJS) so the office can look it up and decide by hand.
public struct ConversionWarning: Sendable, Hashable {
    /// Where in the source: `group 2 › question G02Q03 (line 412)`, `pages[1].elements[3].visibleIf`.
    public let place: String
    /// What was not converted and what was done instead, in German.
    public let german: String
    /// The same in English.
    public let english: String

    public init(place: String, german: String, english: String) {
        self.place = place
        self.german = german
        self.english = english
    }

    /// The message in `language` (`de` or `en`), after its place.
    public func text(in language: String) -> String {
        "\(place): " + (language == "en" ? english : german)
    }
}
