import Markup

/// The report's response-rate tables: invited, started, submitted and rate, overall and by each participant field.
///
/// A committee reads first how many schools answered; a table per field
/// (Schulart, Region) shows where answers are missing. The participation of a
/// group too small to be evaluated on its own is withheld (``ParticipationSuppression``).
enum ResponseRateTable {
    /// Writes the tables and their notes; writes nothing without counts or invitations (a public survey).
    static func render(
        _ counts: ParticipationCounts?, language: OutputLanguage, minGroupSize: Int, into html: inout HTMLBuilder
    ) {
        guard let counts, counts.total.invited > 0 else { return }
        html.element("section", [HTMLAttribute("class", "response-rate")]) { html in
            html.element("h2", text: language.pick("Rücklauf", "Response rate"))
            html.newline()
            if counts.breakdowns.isEmpty {
                table(caption: nil, first: "", rows: [], total: counts.total, language: language, into: &html)
            }
            for breakdown in counts.breakdowns {
                let hidden = ParticipationSuppression(breakdown.groups, minGroupSize: minGroupSize)
                let rows = breakdown.groups.indices.map { index in
                    let group = breakdown.groups[index]
                    return (
                        group.label,
                        cells(group.counts, hidden: hidden.hidden[index], language: language)
                    )
                }
                table(
                    caption: language.pick("Rücklauf nach \(breakdown.label)", "Response rate: \(breakdown.label)"),
                    first: breakdown.label, rows: rows, total: counts.total, language: language, into: &html)
            }
            for note in notes(counts, minGroupSize: minGroupSize, language: language) {
                html.element("p", [HTMLAttribute("class", "note")], text: note)
                html.newline()
            }
        }
        html.newline()
    }

    private static func table(
        caption: String?, first: String, rows: [(String, [String])], total: ParticipationCounts.Counts,
        language: OutputLanguage, into html: inout HTMLBuilder
    ) {
        ReportTable.write(caption: caption ?? language.pick("Rücklauf", "Response rate"), into: &html) { html in
            ReportTable.head(
                first,
                [
                    language.pick("Eingeladen", "Invited"),
                    language.pick("Begonnen, nicht abgeschickt", "Started, not submitted"),
                    language.pick("Abgeschickt", "Submitted"), language.pick("Rücklauf", "Response rate"),
                ], into: &html)
            ReportTable.body(into: &html) { html in
                for (heading, cells) in rows { ReportTable.row(heading, cells, into: &html) }
                ReportTable.row(
                    language.pick("Insgesamt", "Total"),
                    Self.cells(total, hidden: false, language: language),
                    class: "base-row", into: &html)
            }
        }
    }

    private static func cells(
        _ counts: ParticipationCounts.Counts, hidden: Bool, language: OutputLanguage
    ) -> [String] {
        [
            language.count(counts.invited),
            language.count(hidden ? nil : counts.started),
            language.count(hidden ? nil : counts.submitted),
            hidden ? OutputLanguage.suppressed : counts.rate.map { language.percent($0 * 100) } ?? "–",
        ]
    }

    /// What a dash means, and the submissions no rate includes.
    private static func notes(_ counts: ParticipationCounts, minGroupSize k: Int, language: OutputLanguage) -> [String]
    {
        var notes: [String] = []
        let hidesAny = counts.breakdowns.contains { breakdown in
            ParticipationSuppression(breakdown.groups, minGroupSize: k).hidden.contains(true)
        }
        if k > 1, hidesAny {
            notes.append(
                language.pick(
                    "— bedeutet: In dieser Gruppe haben weniger als \(k) Schulen abgeschickt, oder die Werte der Gruppe sind verborgen, damit die einer anderen Gruppe nicht aus der Summe zurückgerechnet werden können. Die Ergebnisse solcher Gruppen weist der Bericht nicht getrennt aus.",
                    "— means: fewer than \(k) schools of this group submitted, or the group's figures are hidden so that another group's cannot be worked out from the total. The report does not show such groups' results separately."
                ))
        }
        let unregistered = counts.unregisteredSubmissions
        if unregistered == 1 {
            notes.append(
                language.pick(
                    "Außerdem wurde 1 Antwort ohne registrierte Teilnehmende abgeschickt. Sie ist in den Ergebnissen enthalten, zählt aber nicht zum Rücklauf.",
                    "In addition, 1 response was submitted without a registered participant. It is part of the results but not of the response rate."
                ))
        } else if unregistered > 1 {
            let count = language.count(unregistered)
            notes.append(
                language.pick(
                    "Außerdem wurden \(count) Antworten ohne registrierte Teilnehmende abgeschickt. Sie sind in den Ergebnissen enthalten, zählen aber nicht zum Rücklauf.",
                    "In addition, \(count) responses were submitted without a registered participant. They are part of the results but not of the response rate."
                ))
        }
        return notes
    }
}
