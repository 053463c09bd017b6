/// The fixed words of the charts in one language.
struct Phrases: Sendable {
    let language: ChartLanguage

    init(_ language: ChartLanguage) {
        self.language = language
    }

    private func pick(_ german: String, _ english: String) -> String {
        language == .german ? german : english
    }

    var suppressedNote: String {
        pick(
            "Wert nicht ausgewiesen, weil zu wenige Antworten vorliegen.",
            "Value not shown because there are too few responses.")
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
