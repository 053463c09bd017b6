/// Choices that apply to every chart: language, size and the suppression threshold.
public struct ChartSettings: Sendable, Hashable {
    /// The language of the words and numbers.
    public var language: ChartLanguage
    /// The width of the chart in pixels; 640 fills the text width of A4.
    public var width: Double
    /// Whether the title is drawn inside the picture; reports that set the
    /// title as a heading turn this off (it stays in `<title>`).
    public var showsTitle: Bool
    /// The minimum group size N of the suppression rule, named in the
    /// footnote "fewer than N answers"; `nil` writes "too few answers".
    public var minimumCount: Int?
    /// What the figures cover when it is not everything, e.g. a filter or a breakdown in words:
    /// drawn under the subtitle and added to `<title>` and `<desc>`, so a chart taken out
    /// of its report still says what it shows.
    public var caption: String?

    /// Creates settings; the defaults suit a German report on A4.
    public init(
        language: ChartLanguage = .german,
        width: Double = 640,
        showsTitle: Bool = true,
        minimumCount: Int? = nil,
        caption: String? = nil
    ) {
        self.language = language
        self.width = width.isFinite ? max(240, min(width, 4000)) : 640
        self.showsTitle = showsTitle
        self.minimumCount = minimumCount
        self.caption = caption.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The text drawn in place of a value suppressed for `reason`.
    func suppressedText(_ reason: SuppressionReason) -> String {
        "—" + reason.mark
    }
}
