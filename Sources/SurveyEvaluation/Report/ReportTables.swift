/// The data tables that follow each chart: the chart's numbers, and the rest of the figures.
struct ReportTables {
    let language: OutputLanguage
    let groups: [GroupInfo]

    func tables(for entry: QuestionEntry) -> String {
        let columns = [entry.total] + entry.groups
        var html = ""
        let total = entry.total
        if !total.frequencies.isEmpty {
            html += frequencyTable(columns, caption: language.pick("Häufigkeiten", "Frequencies"), rows: \.frequencies)
        }
        if !total.selections.isEmpty {
            html += frequencyTable(
                columns, caption: language.pick("Anzahl gewählter Optionen", "Number of options chosen"),
                rows: \.selections)
        }
        if total.stats != nil { html += statsTable(columns, caption: language.pick("Kennwerte", "Statistics")) }
        if !total.histogram.isEmpty { html += histogramTable(columns) }
        if !total.ranking.isEmpty { html += rankingTable(total) }
        if !total.months.isEmpty {
            html += frequencyTable(
                columns, caption: language.pick("Antworten je Monat", "Answers per month"), rows: \.months)
        }
        if !total.rows.isEmpty {
            html += matrixTable(total)
            if total.rows.contains(where: { $0.stats != nil }) {
                html += matrixStatsTable(total)
            }
        }
        if let texts = total.texts, !texts.isEmpty {
            html += "<ul class=\"texts\">" + texts.map { "<li>\(HTMLText.escape($0))</li>" }.joined() + "</ul>\n"
        }
        return html
    }

    private var headers: [String] { [language.pick("Gesamt", "Total")] + groups.map(\.label) }

    private func head(_ first: String, _ columns: [String]) -> String {
        "<thead><tr><th scope=\"col\">\(HTMLText.escape(first))</th>"
            + columns.map { "<th scope=\"col\" class=\"n\">\(HTMLText.escape($0))</th>" }.joined() + "</tr></thead>"
    }

    /// Counts and percentages of the total; with a breakdown, the groups' column percentages
    /// (their counts are in the base row), so that nine groups still fit the width of A4.
    private func frequencyTable(
        _ columns: [QuestionResult], caption: String, rows path: KeyPath<QuestionResult, [Frequency]>
    ) -> String {
        let reference = columns[0][keyPath: path]
        let groupColumns = Array(columns.dropFirst())
        var html = "<table>\n<caption>\(HTMLText.escape(caption))</caption>\n"
        html += "<thead><tr><th scope=\"col\">\(language.pick("Antwort", "Answer"))</th>"
        html +=
            "<th scope=\"col\" class=\"n\">\(language.pick("Gesamt", "Total"))<br>n</th><th scope=\"col\" class=\"n\">%</th>"
        for group in groups.prefix(groupColumns.count) {
            html += "<th scope=\"col\" class=\"n\">\(HTMLText.escape(group.label))<br>%</th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        for (row, frequency) in reference.enumerated() {
            html += "<tr><th scope=\"row\">\(HTMLText.escape(frequency.label))</th>"
            html +=
                "<td class=\"n\">\(language.count(frequency.count))</td><td class=\"n\">\(language.percent(frequency.percent))</td>"
            for column in groupColumns {
                let cells = column[keyPath: path]
                html +=
                    "<td class=\"n\">\(language.percent(cells.indices.contains(row) ? cells[row].percent : nil))</td>"
            }
            html += "</tr>\n"
        }
        let base = columns[0].percentBase
        html +=
            "<tr class=\"base-row\"><th scope=\"row\">\(language.pick("Basis", "Base")) (\(language.base(base)))</th>"
        html += "<td class=\"n\">\(language.count(columns[0].base.count(base)))</td><td></td>"
        for column in groupColumns { html += "<td class=\"n\">n = \(language.count(column.base.count(base)))</td>" }
        return html + "</tr>\n</tbody>\n</table>\n"
    }

    private func statsTable(_ columns: [QuestionResult], caption: String) -> String {
        var html =
            "<table>\n<caption>\(HTMLText.escape(caption))</caption>\n" + head("", Array(headers.prefix(columns.count)))
            + "\n<tbody>\n"
        let figures: [(String, (Summary) -> Double?)] = [
            ("n", { Double($0.n) }), (language.pick("Mittelwert", "Mean"), \.mean), ("Median", \.median),
            (language.pick("Standardabweichung", "Standard deviation"), \.sd),
            (language.pick("1. Quartil", "First quartile"), \.q1),
            (language.pick("3. Quartil", "Third quartile"), \.q3),
        ]
        for (name, figure) in figures {
            html +=
                "<tr><th scope=\"row\">\(HTMLText.escape(name))</th>"
                + columns.map { "<td class=\"n\">\(language.figure($0.stats.flatMap(figure)))</td>" }.joined()
                + "</tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    private func histogramTable(_ columns: [QuestionResult]) -> String {
        var html =
            "<table>\n<caption>\(language.pick("Verteilung", "Distribution"))</caption>\n"
            + head(language.pick("Bereich", "Range"), Array(headers.prefix(columns.count))) + "\n<tbody>\n"
        for (row, bin) in columns[0].histogram.enumerated() {
            html +=
                "<tr><th scope=\"row\">\(QuestionChart.binLabel(bin, language: language))</th>"
                + columns.map {
                    "<td class=\"n\">\(language.count($0.histogram.indices.contains(row) ? $0.histogram[row].count : nil))</td>"
                }.joined()
                + "</tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    private func rankingTable(_ total: QuestionResult) -> String {
        var html =
            "<table>\n<caption>\(language.pick("Rangfolge", "Ranking"))</caption>\n"
            + head(
                language.pick("Option", "Option"),
                [
                    language.pick("mittlerer Rang", "Mean rank"), language.pick("genannt", "Ranked"),
                    language.pick("Platz 1", "First"), "%",
                ])
            + "\n<tbody>\n"
        for option in total.ranking {
            html +=
                "<tr><th scope=\"row\">\(HTMLText.escape(option.label))</th><td class=\"n\">\(language.figure(option.meanRank))</td>"
                + "<td class=\"n\">\(language.count(option.ranked))</td><td class=\"n\">\(language.count(option.first))</td>"
                + "<td class=\"n\">\(language.percent(option.firstPercent))</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    private func matrixTable(_ total: QuestionResult) -> String {
        guard let first = total.rows.first else { return "" }
        var html =
            "<table>\n<caption>\(language.pick("Häufigkeiten je Aussage (Prozent der Beantwortenden)", "Frequencies per item (percent of those answering)"))</caption>\n"
            + head("", first.frequencies.map(\.label) + ["n"]) + "\n<tbody>\n"
        for row in total.rows {
            html +=
                "<tr><th scope=\"row\">\(HTMLText.escape(row.title))</th>"
                + row.frequencies.map { "<td class=\"n\">\(language.percent($0.percent))</td>" }.joined()
                + "<td class=\"n\">\(language.count(row.base.answered))</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    private func matrixStatsTable(_ total: QuestionResult) -> String {
        var html =
            "<table>\n<caption>\(language.pick("Kennwerte je Aussage", "Statistics per item"))</caption>\n"
            + head("", ["n", language.pick("Mittelwert", "Mean"), "Median", language.pick("Std.-Abw.", "SD")])
            + "\n<tbody>\n"
        for row in total.rows {
            let stats = row.stats
            html +=
                "<tr><th scope=\"row\">\(HTMLText.escape(row.title))</th><td class=\"n\">\(language.count(stats?.n))</td>"
                + "<td class=\"n\">\(language.figure(stats?.mean))</td><td class=\"n\">\(language.figure(stats?.median))</td>"
                + "<td class=\"n\">\(language.figure(stats?.sd))</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }
}
