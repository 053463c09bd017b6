/// Choices that apply to every chart: language, size and the suppression note.
public struct ChartSettings: Sendable, Hashable {
    /// The language of the words and numbers.
    public var language: ChartLanguage
    /// The width of the chart in pixels; 640 fills the text width of A4.
    public var width: Double
    /// Whether the title is drawn inside the picture; reports that set the
    /// title as a heading turn this off (it stays in `<title>`).
    public var showsTitle: Bool
    /// The mark written after the dash of a suppressed value.
    public var suppressionMarker: String
    /// The footnote that explains the mark; `nil` gives a default sentence in
    /// the chart's language.
    public var suppressionNote: String?
    /// What the figures cover when it is not everything, e.g. a filter or a breakdown in words:
    /// drawn under the subtitle and added to `<title>` and `<desc>`, so a chart taken out
    /// of its report still says what it shows.
    public var caption: String?

    /// Creates settings; the defaults suit a German report on A4.
    public init(
        language: ChartLanguage = .german,
        width: Double = 640,
        showsTitle: Bool = true,
        suppressionMarker: String = "*",
        suppressionNote: String? = nil,
        caption: String? = nil
    ) {
        self.language = language
        self.width = width.isFinite ? max(240, min(width, 4000)) : 640
        self.showsTitle = showsTitle
        self.suppressionMarker = suppressionMarker
        self.suppressionNote = suppressionNote
        self.caption = caption.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The text drawn in place of a suppressed value.
    var suppressedText: String { "—" + suppressionMarker }

    /// The footnote under a chart with suppressed values.
    var suppressionFootnote: String {
        let sentence = suppressionNote ?? Phrases(language).suppressedNote
        return suppressionMarker + " " + sentence
    }
}
