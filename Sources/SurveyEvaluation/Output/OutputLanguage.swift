import SurveyCharts

/// The words and number format of text and report output.
public struct OutputLanguage: Sendable, Hashable {
    /// `de` or `en`.
    public let code: String
    public let numbers: NumberFormat

    /// The language for `code`; anything but `en` is German, the committee's language.
    public init(code: String) {
        self.code = code == "en" ? "en" : "de"
        numbers = NumberFormat(language: code == "en" ? .english : .german)
    }

    public var isEnglish: Bool { code == "en" }

    /// The mark of a suppressed figure.
    static let suppressed = "—"

    func pick(_ german: String, _ english: String) -> String { isEnglish ? english : german }

    /// A count with thousands separators, or the suppression mark.
    func count(_ value: Int?) -> String {
        value.map { numbers.decimal(Double($0), decimals: 0) } ?? Self.suppressed
    }

    /// A percentage with one decimal (`45,3 %`, `45.3%`), or the mark.
    func percent(_ value: Double?) -> String {
        value.map { numbers.percent($0, decimals: 1) } ?? Self.suppressed
    }

    /// A statistic with up to two decimals, or the mark.
    func figure(_ value: Double?, decimals: Int = 2) -> String {
        value.map { numbers.decimal($0, decimals: $0 == $0.rounded() ? 0 : decimals) } ?? Self.suppressed
    }

    func base(_ base: PercentBase) -> String {
        switch base {
        case .submitted: pick("abgeschickt", "submitted")
        case .shown: pick("gezeigt", "shown")
        case .answered: pick("beantwortet", "answered")
        }
    }

    /// „Nur Antworten, für die gilt: …“, a filter described in words.
    func onlyResponses(where condition: String) -> String {
        pick("Nur Antworten, für die gilt: \(condition)", "Only responses where \(condition)")
    }

    func footnote(minGroupSize: Int) -> String {
        pick(
            "— = weniger als \(minGroupSize) Antworten oder zum Schutz solcher Werte ausgeblendet.",
            "— = fewer than \(minGroupSize) responses, or hidden to protect such a figure.")
    }
}
