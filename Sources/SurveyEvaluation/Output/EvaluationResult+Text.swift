import Markup

extension EvaluationResult {
    /// Readable tables for the terminal, one block per question.
    ///
    /// With a breakdown each category row shows the total and every group as
    /// "count (column percent)". Every text from the definition, the command
    /// line or an answer stays on its line, control characters shown escaped
    /// (``TerminalEscaper``), so an answer cannot drive the terminal or fake a line.
    public func text(language: OutputLanguage) -> String {
        let e = TerminalEscaper.escape
        var blocks: [String] = []
        var heading = "\(e(title)) (\(e(surveyID)))\n"
        heading += language.pick("Abgeschickte Antworten: ", "Submitted responses: ") + language.count(responses)
        if let filter { heading += "\n" + language.pick("Filter: ", "Filter: ") + e(filter) }
        if let breakdown {
            let groups = breakdown.groups.map { "\(e($0.label)) (\(language.count($0.responses)))" }
            heading +=
                "\n" + language.pick("Aufgeteilt nach ", "Broken down by ") + e(breakdown.label) + ": "
                + groups.joined(separator: ", ")
        }
        blocks.append(heading)
        for entry in questions {
            blocks.append(entry.text(groups: breakdown?.groups ?? [], language: language))
        }
        let reasons = withheldReasons
        if !reasons.isEmpty { blocks.append(language.footnote(minGroupSize: minGroupSize, reasons: reasons)) }
        return blocks.joined(separator: "\n\n") + "\n"
    }
}

extension QuestionEntry {
    func text(groups: [GroupInfo], language: OutputLanguage) -> String {
        let e = TerminalEscaper.escape
        var lines = [
            "\(e(total.id)) — \(e(total.title))" + (total.unit.map { " (\(e($0)))" } ?? "") + " [\(total.type)]"
        ]
        lines.append(total.baseLine(language))
        let columns = [total] + self.groups
        let headers = [""] + [language.pick("Gesamt", "Total")] + groups.map(\.label)
        func table(_ cells: (QuestionResult) -> [Frequency]) -> String? {
            let reference = cells(total)
            guard !reference.isEmpty else { return nil }
            var table = TextTable(header: headers)
            for (row, frequency) in reference.enumerated() {
                table.rows.append(
                    [frequency.label]
                        + columns.map { column in
                            let cell =
                                cells(column).indices.contains(row)
                                ? cells(column)[row] : Frequency(value: "", label: "", count: nil)
                            return cell.count == nil
                                ? language.count(nil, withheld: cell.withheld)
                                : "\(language.count(cell.count)) (\(language.percent(cell.percent)))"
                        })
            }
            return table.render()
        }
        if let frequencies = table(\.frequencies) { lines.append(frequencies) }
        if let selections = table(\.selections) {
            lines.append(language.pick("  Anzahl gewählter Optionen:", "  Number of options chosen:"))
            lines.append(selections)
        }
        if columns.contains(where: { $0.stats != nil }) {
            var stats = TextTable(header: [""] + headers.dropFirst())
            let figures: [(String, (Summary) -> Double?)] = [
                ("n", { Double($0.n) }), (language.pick("Mittelwert", "Mean"), \.mean), ("Median", \.median),
                (language.pick("Std.-Abw.", "SD"), \.sd), ("Min", \.min), ("Q1", \.q1), ("Q3", \.q3), ("Max", \.max),
            ]
            // Minimum and maximum are each one respondent's value: their rows appear only where shown.
            let singleValues = ["Min", "Max"]
            for (name, figure) in figures
            where !singleValues.contains(name) || columns.contains(where: { $0.stats.flatMap(figure) != nil }) {
                stats.rows.append(
                    [name] + columns.map { language.figure($0.stats.flatMap(figure), withheld: $0.statsWithheld) })
            }
            lines.append(stats.render())
        }
        if !total.histogram.isEmpty {
            lines.append(language.pick("  Verteilung:", "  Distribution:"))
            var histogram = TextTable(header: headers)
            for (row, bin) in total.histogram.enumerated() {
                let label = QuestionChart.binLabel(bin, language: language)
                histogram.rows.append(
                    [label]
                        + columns.map {
                            let cell = $0.histogram.indices.contains(row) ? $0.histogram[row] : nil
                            return language.count(cell?.count, withheld: cell?.withheld)
                        })
            }
            lines.append(histogram.render())
        }
        if !total.ranking.isEmpty {
            var ranking = TextTable(header: [
                language.pick("Option", "Option"), language.pick("mittlerer Rang", "mean rank"),
                language.pick("Platz 1", "first"),
            ])
            for option in total.ranking {
                ranking.rows.append(
                    [
                        option.label, language.figure(option.meanRank, withheld: option.rankedWithheld),
                        option.first == nil
                            ? language.count(nil, withheld: option.withheld)
                            : "\(language.count(option.first)) (\(language.percent(option.firstPercent)))",
                    ])
            }
            lines.append(ranking.render())
        }
        for row in total.rows.indices {
            let rowEntry = QuestionEntry(
                total: total.rows[row], groups: self.groups.map { $0.rows.indices.contains(row) ? $0.rows[row] : $0 })
            lines.append(
                rowEntry.text(groups: groups, language: language).split(separator: "\n").map { "  " + $0 }.joined(
                    separator: "\n"))
        }
        if let range = total.dateRange {
            lines.append("  \(range.from) – \(range.to)")
        }
        if let months = table(\.months) { lines.append(months) }
        if let texts = total.texts, !texts.isEmpty {
            // One answer per line: its own line breaks are shown as \n.
            lines.append(contentsOf: texts.map { "  · " + e($0) })
        }
        return lines.joined(separator: "\n")
    }
}

extension QuestionResult {
    func baseLine(_ language: OutputLanguage) -> String {
        "  " + language.pick("Basis", "Base") + ": " + language.count(base.submitted) + " "
            + language.base(.submitted) + ", " + language.count(base.shown) + " " + language.base(.shown) + ", "
            + language.count(base.answered) + " " + language.base(.answered) + "; "
            + language.pick("Prozent von ", "percent of ") + language.base(percentBase)
    }
}
