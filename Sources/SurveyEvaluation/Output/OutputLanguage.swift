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

    /// The mark of a figure hidden for `reason`: "—" for few answers, "(—)" where it
    /// protects other hidden figures, "[—]" where nearly all gave the same answer.
    static func mark(_ reason: Withheld?) -> String {
        switch reason {
        case nil, .fewAnswers: suppressed
        case .protectsOthers: "(" + suppressed + ")"
        case .sameAnswer: "[" + suppressed + "]"
        }
    }

    func pick(_ german: String, _ english: String) -> String { isEnglish ? english : german }

    /// A count with thousands separators, or the mark of why it is hidden.
    func count(_ value: Int?, withheld: Withheld? = nil) -> String {
        value.map { numbers.decimal(Double($0), decimals: 0) } ?? Self.mark(withheld)
    }

    /// A percentage with one decimal (`45,3 %`, `45.3%`), or the mark of why it is hidden.
    func percent(_ value: Double?, withheld: Withheld? = nil) -> String {
        value.map { numbers.percent($0, decimals: 1) } ?? Self.mark(withheld)
    }

    /// A statistic with up to two decimals, or the mark of why it is hidden.
    func figure(_ value: Double?, decimals: Int = 2, withheld: Withheld? = nil) -> String {
        value.map { numbers.decimal($0, decimals: $0 == $0.rounded() ? 0 : decimals) } ?? Self.mark(withheld)
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

    /// The explanation of each mark that occurs, one sentence per reason, in the order of ``Withheld``.
    func footnote(minGroupSize k: Int, reasons: Set<Withheld>) -> String {
        let quantiles = QuestionSuppression.quantileMultiple * k
        let sentences: [(Withheld, String)] = [
            (
                .fewAnswers,
                pick(
                    "— = weniger als \(k) Antworten (Median und Quartile: weniger als \(quantiles)).",
                    "— = fewer than \(k) answers (median and quartiles: fewer than \(quantiles)).")
            ),
            (
                .protectsOthers,
                pick(
                    "(—) = ausgeblendet, damit andere ausgeblendete Werte nicht errechnet werden können.",
                    "(—) = hidden so that other hidden values cannot be worked out.")
            ),
            (
                .sameAnswer,
                pick(
                    "[—] = alle oder fast alle in der Gruppe haben dieselbe Antwort gegeben; die Verteilung würde die Antwort jeder einzelnen Schule offenlegen.",
                    "[—] = all or nearly all in the group gave the same answer; the distribution would disclose each school’s answer."
                )
            ),
        ]
        return sentences.filter { reasons.contains($0.0) }.map(\.1).joined(separator: " ")
    }
}
