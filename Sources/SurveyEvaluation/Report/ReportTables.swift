import Markup

/// The data tables that follow each chart: the chart's numbers, and the rest of the figures.
struct ReportTables {
    let language: OutputLanguage
    let groups: [GroupInfo]

    /// Group columns per table: more do not fit the width of A4 at a readable size, so a
    /// breakdown into more groups continues in a second table ("Teil 2 von 2").
    static let groupsPerTable = 5

    func tables(for entry: QuestionEntry, into html: inout HTMLBuilder) {
        let total = entry.total
        let starts = Array(stride(from: 0, to: max(1, entry.groups.count), by: Self.groupsPerTable))
        for (part, start) in starts.enumerated() {
            let range = start..<min(start + Self.groupsPerTable, entry.groups.count)
            let piece = ReportTables(language: language, groups: Array(groups[clamped(range)]))
            let suffix =
                starts.count > 1
                ? language.pick(" (Teil \(part + 1) von \(starts.count))", " (part \(part + 1) of \(starts.count))")
                : ""
            piece.groupTables([total] + entry.groups[range], suffix: suffix, into: &html)
        }
        if !total.ranking.isEmpty { rankingTable(total, into: &html) }
        if !total.rows.isEmpty {
            matrixTable(total, into: &html)
            if total.rows.contains(where: { $0.stats != nil }) {
                matrixStatsTable(total, into: &html)
            }
        }
        if let texts = total.texts, !texts.isEmpty {
            html.element("ul", [HTMLAttribute("class", "texts")]) { html in
                for text in texts { html.element("li", text: text) }
            }
            html.newline()
        }
    }

    /// The tables with a column per group, for the groups of this piece; `suffix` follows each caption.
    private func groupTables(_ columns: [QuestionResult], suffix: String, into html: inout HTMLBuilder) {
        let total = columns[0]
        if !total.frequencies.isEmpty {
            frequencyTable(
                columns, caption: language.pick("Häufigkeiten", "Frequencies") + suffix, rows: \.frequencies,
                into: &html)
        }
        if !total.selections.isEmpty {
            frequencyTable(
                columns, caption: language.pick("Anzahl gewählter Optionen", "Number of options chosen") + suffix,
                rows: \.selections, into: &html)
        }
        if columns.contains(where: { $0.stats != nil }) { statsTable(columns, suffix: suffix, into: &html) }
        if !total.histogram.isEmpty { histogramTable(columns, suffix: suffix, into: &html) }
        if !total.months.isEmpty {
            frequencyTable(
                columns, caption: dateCaption(total.dateBins ?? .month) + suffix, rows: \.months, into: &html)
        }
    }

    private func clamped(_ range: Range<Int>) -> Range<Int> {
        range.clamped(to: groups.startIndex..<groups.endIndex)
    }

    /// "Antworten je Quartal": the caption of a date table names the width of its bins.
    private func dateCaption(_ width: DateBinWidth) -> String {
        switch width {
        case .month: language.pick("Antworten je Monat", "Answers per month")
        case .quarter: language.pick("Antworten je Quartal", "Answers per quarter")
        case .year: language.pick("Antworten je Jahr", "Answers per year")
        case .decade: language.pick("Antworten je Jahrzehnt", "Answers per decade")
        case .century: language.pick("Antworten je Jahrhundert", "Answers per century")
        }
    }

    private var headers: [String] { [language.pick("Gesamt", "Total")] + groups.map(\.label) }

    /// Counts and percentages of the total; with a breakdown, the groups' column percentages
    /// (their counts are in the base row), so that nine groups still fit the width of A4.
    private func frequencyTable(
        _ columns: [QuestionResult], caption: String, rows path: KeyPath<QuestionResult, [Frequency]>,
        into html: inout HTMLBuilder
    ) {
        let reference = columns[0][keyPath: path]
        let groupColumns = Array(columns.dropFirst())
        ReportTable.write(caption: caption, into: &html) { html in
            html.element("thead") { html in
                html.element("tr") { html in
                    html.element("th", [ReportTable.columnScope], text: language.pick("Antwort", "Answer"))
                    ReportTable.numberHeader(language.pick("Gesamt", "Total"), unit: "n", into: &html)
                    html.element("th", [ReportTable.columnScope, ReportTable.number], text: "%")
                    for group in groups.prefix(groupColumns.count) {
                        ReportTable.numberHeader(group.label, unit: "%", into: &html)
                    }
                }
            }
            ReportTable.body(into: &html) { html in
                for (row, frequency) in reference.enumerated() {
                    let groupCells = groupColumns.map { column in
                        let cells = column[keyPath: path]
                        let cell = cells.indices.contains(row) ? cells[row] : nil
                        return language.percent(cell?.percent, withheld: cell?.withheld)
                    }
                    ReportTable.row(
                        frequency.label,
                        [
                            language.count(frequency.count, withheld: frequency.withheld),
                            language.percent(frequency.percent, withheld: frequency.withheld),
                        ] + groupCells,
                        into: &html)
                }
                let base = columns[0].percentBase
                html.element("tr", [HTMLAttribute("class", "base-row")]) { html in
                    html.element(
                        "th", [ReportTable.rowScope],
                        text: "\(language.pick("Basis", "Base")) (\(language.base(base)))")
                    html.element("td", [ReportTable.number], text: language.count(columns[0].base.count(base)))
                    html.element("td")
                    for column in groupColumns {
                        html.element("td", [ReportTable.number], text: "n = \(language.count(column.base.count(base)))")
                    }
                }
                html.newline()
            }
        }
    }

    private func statsTable(_ columns: [QuestionResult], suffix: String, into html: inout HTMLBuilder) {
        let figures: [(String, (Summary) -> Double?)] = [
            ("n", { Double($0.n) }), (language.pick("Mittelwert", "Mean"), \.mean), ("Median", \.median),
            (language.pick("Standardabweichung", "Standard deviation"), \.sd),
            (language.pick("1. Quartil", "First quartile"), \.q1),
            (language.pick("3. Quartil", "Third quartile"), \.q3),
        ]
        ReportTable.write(caption: language.pick("Kennwerte", "Statistics") + suffix, into: &html) { html in
            ReportTable.head("", Array(headers.prefix(columns.count)), into: &html)
            ReportTable.body(into: &html) { html in
                for (name, figure) in figures {
                    ReportTable.row(
                        name, columns.map { language.figure($0.stats.flatMap(figure), withheld: $0.statsWithheld) },
                        into: &html)
                }
            }
        }
    }

    private func histogramTable(_ columns: [QuestionResult], suffix: String, into html: inout HTMLBuilder) {
        ReportTable.write(caption: language.pick("Verteilung", "Distribution") + suffix, into: &html) { html in
            ReportTable.head(language.pick("Bereich", "Range"), Array(headers.prefix(columns.count)), into: &html)
            ReportTable.body(into: &html) { html in
                for (row, bin) in columns[0].histogram.enumerated() {
                    ReportTable.row(
                        QuestionChart.binLabel(bin, language: language),
                        columns.map {
                            let cell = $0.histogram.indices.contains(row) ? $0.histogram[row] : nil
                            return language.count(cell?.count, withheld: cell?.withheld)
                        }, into: &html)
                }
            }
        }
    }

    private func rankingTable(_ total: QuestionResult, into html: inout HTMLBuilder) {
        ReportTable.write(caption: language.pick("Rangfolge", "Ranking"), into: &html) { html in
            ReportTable.head(
                language.pick("Option", "Option"),
                [
                    language.pick("mittlerer Rang", "Mean rank"), language.pick("genannt", "Ranked"),
                    language.pick("Platz 1", "First"), "%",
                ], into: &html)
            ReportTable.body(into: &html) { html in
                for option in total.ranking {
                    ReportTable.row(
                        option.label,
                        [
                            language.figure(option.meanRank, withheld: option.rankedWithheld),
                            language.count(option.ranked, withheld: option.rankedWithheld),
                            language.count(option.first, withheld: option.withheld),
                            language.percent(option.firstPercent, withheld: option.withheld),
                        ], into: &html)
                }
            }
        }
    }

    private func matrixTable(_ total: QuestionResult, into html: inout HTMLBuilder) {
        guard let first = total.rows.first else { return }
        let caption = language.pick(
            "Häufigkeiten je Aussage (Prozent der Beantwortenden)", "Frequencies per item (percent of those answering)")
        ReportTable.write(caption: caption, into: &html) { html in
            ReportTable.head("", first.frequencies.map(\.label) + ["n"], into: &html)
            ReportTable.body(into: &html) { html in
                for row in total.rows {
                    ReportTable.row(
                        row.title,
                        row.frequencies.map { language.percent($0.percent, withheld: $0.withheld) }
                            + [language.count(row.base.answered)],
                        into: &html)
                }
            }
        }
    }

    private func matrixStatsTable(_ total: QuestionResult, into html: inout HTMLBuilder) {
        ReportTable.write(caption: language.pick("Kennwerte je Aussage", "Statistics per item"), into: &html) { html in
            ReportTable.head(
                "", ["n", language.pick("Mittelwert", "Mean"), "Median", language.pick("Std.-Abw.", "SD")], into: &html)
            ReportTable.body(into: &html) { html in
                for row in total.rows {
                    let stats = row.stats
                    ReportTable.row(
                        row.title,
                        [
                            language.count(stats?.n, withheld: row.statsWithheld),
                            language.figure(stats?.mean, withheld: row.statsWithheld),
                            language.figure(stats?.median, withheld: row.statsWithheld),
                            language.figure(stats?.sd, withheld: row.statsWithheld),
                        ], into: &html)
                }
            }
        }
    }
}
