/// The fixed words of the charts in one language.
struct Phrases: Sendable {
    let language: ChartLanguage

    init(_ language: ChartLanguage) {
        self.language = language
    }

    private func pick(_ german: String, _ english: String) -> String {
        language == .german ? german : english
    }

    /// The footnote that explains the mark of `reason`; `minimumCount` is
    /// the N of "fewer than N answers", if the caller gave it.
    func note(_ reason: SuppressionReason, minimumCount: Int?) -> String {
        switch reason {
        case .fewAnswers:
            guard let minimumCount else {
                return pick("Nicht ausgewiesen: zu wenige Antworten.", "Not shown: too few answers.")
            }
            let number = ValueStyle.count.format(Double(minimumCount), in: language)
            return pick(
                "Nicht ausgewiesen: weniger als \(number) Antworten.", "Not shown: fewer than \(number) answers.")
        case .protectsOthers:
            return pick(
                "Ausgeblendet, damit sich andere ausgeblendete Werte nicht errechnen lassen.",
                "Hidden so that other hidden values cannot be worked out.")
        case .sameAnswer:
            return pick(
                "Ausgeblendet, weil fast alle gleich geantwortet haben.",
                "Hidden because nearly all answers were the same.")
        }
    }

    /// The words of a hidden value in the description, with its reason.
    func hidden(_ reason: SuppressionReason, minimumCount: Int?) -> String {
        let why: String
        switch reason {
        case .fewAnswers:
            why =
                minimumCount.map {
                    let number = ValueStyle.count.format(Double($0), in: language)
                    return pick("weniger als \(number) Antworten", "fewer than \(number) answers")
                } ?? pick("zu wenige Antworten", "too few answers")
        case .protectsOthers: why = pick("zum Schutz anderer ausgeblendeter Werte", "to protect other hidden values")
        case .sameAnswer: why = pick("fast alle Antworten gleich", "nearly all answers the same")
        }
        return "\(notShown) (\(why))"
    }

    /// The part of a row's description that says how much the hidden cells
    /// take together, and, when they are drawn in equal parts, that their
    /// widths are not their values.
    func hiddenTogether(_ share: String, equalParts: Bool) -> String {
        equalParts
            ? pick(
                "nicht ausgewiesene Werte zusammen \(share), schraffiert zu gleichen Teilen gezeichnet, deren Breiten nicht die Werte sind",
                "values not shown together \(share), hatched in equal parts whose widths are not the values")
            : pick(
                "nicht ausgewiesene Werte zusammen \(share), schraffiert", "values not shown together \(share), hatched"
            )
    }

    /// The sentence of a diverging chart that names the category drawn apart.
    func drawnApart(_ label: String) -> String {
        pick("Rechts daneben gesondert in Grau: \(label)", "Drawn apart on the right in grey: \(label)")
    }

    var notShown: String { pick("nicht ausgewiesen", "not shown") }
    var barChart: String { pick("Balkendiagramm", "Bar chart") }
    var columnChart: String { pick("Säulendiagramm", "Column chart") }
    var stackedChart: String {
        pick(
            "Gestapeltes Balkendiagramm, Anteile je Zeile in Prozent",
            "Stacked bar chart, shares per row in percent")
    }
    var divergingChart: String {
        pick(
            "Divergierendes Balkendiagramm: ablehnende Antworten links, zustimmende rechts der Mittellinie, neutrale mittig geteilt",
            "Diverging bar chart: negative answers left, positive answers right of the centre line, neutral ones split across it"
        )
    }
    var groupedChart: String { pick("Gruppiertes Balkendiagramm", "Grouped bar chart") }
    var dotChart: String { pick("Punktdiagramm zum Vergleich von", "Dot chart comparing") }
    var smallMultiples: String { pick("Säulendiagramme je Zeile", "Column charts per row") }
    var noData: String { pick("Keine Daten", "No data") }
    var noDataWords: String { pick("keine Daten", "no data") }

    /// "A and B" / "A und B", "A, B and C".
    func list(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        guard items.count > 1 else { return last }
        return items.dropLast().joined(separator: ", ") + pick(" und ", " and ") + last
    }
}
