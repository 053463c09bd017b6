import SurveyCharts

/// The words under each chart that say which responses it covers, so a chart
/// copied onto a slide still says what it shows.
extension ReportDocument {
    /// The filter in words, or as written when the presentation has none.
    var filterWords: String? {
        presentation.filter ?? result.filter.map { language.pick("„\($0)“", "“\($0)”") }
    }

    /// The settings for `chart` of `entry` (nil for a chart that shows no groups, such as a wave comparison).
    func chartSettings(for chart: Chart, of entry: QuestionEntry?, showsTitle: Bool = false) -> ChartSettings {
        ChartSettings(
            language: language.isEnglish ? .english : .german, width: 640, showsTitle: showsTitle,
            minimumCount: result.minGroupSize,
            caption: caption(showsGroups: entry.map { Self.drawsGroups(chart, of: $0) } ?? false))
    }

    /// The filter, and the breakdown where the chart draws its groups; nil for all responses, unsplit.
    ///
    /// A chart of the total alone (a histogram, a matrix) does not claim the breakdown:
    /// its groups are in the table below it.
    private func caption(showsGroups: Bool) -> String? {
        var sentences: [String] = []
        if let filter = filterWords { sentences.append(language.onlyResponses(where: filter) + ".") }
        if showsGroups, let breakdown = result.breakdown {
            sentences.append(
                language.pick("Aufgeschlüsselt nach „\(breakdown.label)“.", "Broken down by “\(breakdown.label)”."))
        }
        return sentences.isEmpty ? nil : sentences.joined(separator: " ")
    }

    /// Whether `chart` draws the groups of the breakdown rather than the total alone.
    ///
    /// A diverging chart has a row per group for a scale question and a row per statement for a matrix.
    private static func drawsGroups(_ chart: Chart, of entry: QuestionEntry) -> Bool {
        guard !entry.groups.isEmpty else { return false }
        switch chart {
        case .grouped, .dots, .smallMultiples: return true
        case .diverging: return entry.total.type == "scale"
        case .bars, .columns, .stacked: return false
        }
    }
}
