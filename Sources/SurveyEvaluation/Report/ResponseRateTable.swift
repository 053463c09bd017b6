import Markup

/// The report's response-rate tables: invited, started, submitted and rate, overall and by each participant field.
///
/// A committee reads first how many schools answered; a table per field
/// (Schulart, Region) shows where answers are missing. Figures that would tell
/// whether a single school answered are withheld (``ParticipationSuppression``).
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
                        cells(
                            group.counts, startedHidden: hidden.startedHidden[index],
                            submittedHidden: hidden.submittedHidden[index], language: language)
                    )
                }
                table(
                    caption: language.pick("Rücklauf nach \(breakdown.label)", "Response rate by \(breakdown.label)"),
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
                    Self.cells(total, startedHidden: false, submittedHidden: false, language: language),
                    class: "base-row", into: &html)
            }
        }
    }

    private static func cells(
        _ counts: ParticipationCounts.Counts, startedHidden: Bool, submittedHidden: Bool, language: OutputLanguage
    ) -> [String] {
        [
            language.count(counts.invited),
            language.count(startedHidden ? nil : counts.started),
            language.count(submittedHidden ? nil : counts.submitted),
            submittedHidden ? OutputLanguage.suppressed : counts.rate.map { language.percent($0 * 100) } ?? "–",
        ]
    }

    /// What a dash means, and the submissions no rate includes.
    private static func notes(_ counts: ParticipationCounts, minGroupSize k: Int, language: OutputLanguage) -> [String]
    {
        var notes: [String] = []
        if k > 1, !counts.breakdowns.isEmpty {
            notes.append(
                language.pick(
                    "— bedeutet: In dieser Gruppe haben weniger als \(k) Schulen abgeschickt oder weniger als \(k) nicht abgeschickt, oder der Wert ist verborgen, damit andere verborgene Werte nicht aus der Summe zurückgerechnet werden können. So lässt sich nicht erkennen, ob eine einzelne Schule geantwortet hat.",
                    "— means: fewer than \(k) schools of this group submitted, or fewer than \(k) did not, or the figure is hidden so that other hidden figures cannot be worked out from the total. This way no one can tell whether a single school answered."
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
