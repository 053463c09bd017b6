import Markup
import SurveyCharts

/// The committee report: one self-contained HTML page with inline SVG charts, and each chart as a file.
///
/// The page prints on A4 (title page, then one block per question that is
/// never split across pages where avoidable), and every chart is followed by
/// a table with its numbers, so the report reads without the pictures too.
public struct ReportDocument: Sendable {
    public let result: EvaluationResult
    public let language: OutputLanguage
    /// The introduction, the questions shown under their headings, and the filter in words.
    public let presentation: ReportPresentation
    /// The date printed on the title page (`27.11.2026`).
    public let date: String
    /// An earlier wave to compare with (`--compare`), questions matched by id.
    public let comparison: EvaluationResult?
    /// Who was invited, started and submitted, for the response-rate table; nil leaves it out.
    public var participation: ParticipationCounts?
    /// The occasion and data cut-off of a report published to a committee; nil for any other report.
    public var publication: Publication?

    /// What a published report says about itself on its title page.
    public struct Publication: Sendable {
        /// The occasion (`Schulträgerausschuss, Sitzung vom 13.11.2026`), shown above the survey's title.
        public let title: String
        /// The moment of the data (`13.11.2026, 09:00 Uhr`), shown as „Datenstand“ in place of the date.
        public let dataCutoff: String

        public init(title: String, dataCutoff: String) {
            self.title = title
            self.dataCutoff = dataCutoff
        }
    }

    public init(
        result: EvaluationResult, language: OutputLanguage, presentation: ReportPresentation = ReportPresentation(),
        date: String, comparison: EvaluationResult? = nil
    ) {
        self.result = result
        self.language = language
        self.presentation = presentation
        self.date = date
        self.comparison = comparison
    }

    /// One chart: its file name (`schulart.svg`) and the SVG text.
    public struct ChartFile: Sendable, Hashable {
        public let name: String
        public let svg: String
    }

    /// The questions the report shows, under their headings (nil for none).
    private var parts: [(title: String?, entries: [QuestionEntry])] {
        presentation.arrange(result.questions)
    }

    /// Every chart of the report as a stand-alone SVG file, for slides.
    public var charts: [ChartFile] {
        parts.flatMap(\.entries).compactMap { entry in
            guard withheldWhole(entry) == nil,
                let chart = QuestionChart.chart(for: entry, groups: result.breakdown?.groups ?? [], language: language)
            else { return nil }
            let settings = chartSettings(for: chart, of: entry, showsTitle: true)
            return ChartFile(
                name: "\(entry.total.id).svg", svg: xmlDeclaration + chart.svg(id: entry.total.id, settings: settings))
        }
    }

    private let xmlDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"

    /// The whole page, as written to `index.html`.
    public var html: String { page().string }

    /// The page, built with the one escaping builder.
    ///
    /// - Parameter screenControls: Content for the top of the body that is
    ///   for the screen only (the office's choice of filter); the printed
    ///   report stays as the committee gets it. A page with controls is
    ///   served over HTTP, whose `Content-Security-Policy` header governs it,
    ///   so it leaves out the file's `<meta>` policy, which forbids forms.
    /// - Parameter screenStylesheet: The address of a stylesheet for the screen controls, linked after the report's own.
    package func page(
        screenStylesheet: String? = nil, screenControls: ((inout HTMLBuilder) -> Void)? = nil
    ) -> HTMLBuilder {
        var html = HTMLBuilder(capacity: 65_536)
        html.doctype()
        html.element("html", [HTMLAttribute("lang", language.code)]) { html in
            html.newline()
            head(embedsPolicy: screenControls == nil, screenStylesheet: screenStylesheet, into: &html)
            html.element("body") { html in
                html.newline()
                if let screenControls {
                    html.element("div", [HTMLAttribute("class", "screen-only")], screenControls)
                }
                titlePage(&html)
                html.element("main") { html in
                    html.newline()
                    for (index, part) in parts.enumerated() {
                        guard let title = part.title else {
                            for entry in part.entries { section(entry, heading: "h2", into: &html) }
                            continue
                        }
                        html.element(
                            "section", [HTMLAttribute("class", "part"), HTMLAttribute("id", "s-\(index + 1)")]
                        ) {
                            html in
                            html.newline()
                            html.element("h2", text: title)
                            html.newline()
                            for entry in part.entries { section(entry, heading: "h3", into: &html) }
                        }
                        html.newline()
                    }
                }
                html.newline()
            }
            html.newline()
        }
        html.newline()
        return html
    }

    private func head(embedsPolicy: Bool, screenStylesheet: String?, into html: inout HTMLBuilder) {
        html.element("head") { html in
            html.newline()
            html.void("meta", [HTMLAttribute("charset", "utf-8")])
            html.newline()
            if embedsPolicy {
                // Before anything the policy governs: a <meta> policy applies from where it stands.
                html.void(
                    "meta",
                    [
                        HTMLAttribute("http-equiv", "Content-Security-Policy"),
                        HTMLAttribute("content", ReportStyle.contentSecurityPolicy),
                    ])
                html.newline()
            }
            html.void(
                "meta",
                [HTMLAttribute("name", "viewport"), HTMLAttribute("content", "width=device-width, initial-scale=1")])
            html.newline()
            html.element("title", text: "\(result.title) – \(language.pick("Auswertung", "Evaluation"))")
            html.newline()
            html.element("style") { $0.programText(ReportStyle.css) }
            html.newline()
            if let screenStylesheet {
                html.void("link", [HTMLAttribute("rel", "stylesheet"), HTMLAttribute("href", screenStylesheet)])
                html.newline()
            }
        }
        html.newline()
    }

    /// Title, description, the facts of the evaluation and the note on methods.
    private func titlePage(_ html: inout HTMLBuilder) {
        html.element("header", [HTMLAttribute("class", "title-page")]) { html in
            html.newline()
            html.element(
                "p", [HTMLAttribute("class", "kicker")],
                text: publication?.title ?? language.pick("Auswertung", "Evaluation"))
            html.newline()
            html.element("h1", text: result.title)
            html.newline()
            html.element("p", [HTMLAttribute("class", "lead")], text: presentation.intro ?? neutralIntro)
            html.newline()
            html.element("dl", [HTMLAttribute("class", "facts")]) { html in
                html.newline()
                for (term, value) in facts {
                    html.element("div") { html in
                        html.element("dt", text: term)
                        html.element("dd", text: value)
                    }
                    html.newline()
                }
            }
            html.newline()
            readingGuide(&html)
            contents(&html)
            // The response rates and the full note on methods fill a page of their own, so that
            // the first page says what was asked, of whom, how many answered and how to read it.
            let hasRates = (participation?.total.invited ?? 0) > 0
            html.element("div", [HTMLAttribute("class", hasRates ? "details new-page" : "details")]) { html in
                html.newline()
                ResponseRateTable.render(
                    participation, language: language, minGroupSize: result.minGroupSize, into: &html)
                textSection("methods", title: language.pick("Hinweise zur Methode", "Methods"), methods, into: &html)
            }
            html.newline()
        }
        html.newline()
    }

    /// Three sentences on the first page: where the numbers are, what n is, what a dash and a hatched area mean.
    private func readingGuide(_ html: inout HTMLBuilder) {
        let k = result.minGroupSize
        var sentences = [
            language.pick(
                "Zu jeder Frage zeigt ein Diagramm die Verteilung der Antworten; die Tabelle darunter enthält dieselben Zahlen. n ist die Zahl der Antworten, auf die sich die Prozentwerte beziehen.",
                "For each question a chart shows how it was answered; the table below it has the same numbers. n is the number of answers the percentages refer to."
            )
        ]
        if k > 1 {
            sentences.append(
                language.pick(
                    "Zum Schutz einzelner Schulen enthält der Bericht keine Werte, die auf weniger als \(k) Schulen beruhen oder aus denen sich solche Werte errechnen ließen. In Tabellen steht dafür ein Strich (—, (—) oder [—]), in Diagrammen eine schraffierte Fläche; die Anmerkungen unter jeder Frage nennen den Grund.",
                    "To protect individual schools, the report shows no figure based on fewer than \(k) schools, nor any from which such a figure could be worked out. Tables show a dash instead (—, (—) or [—]), charts a hatched area; the notes below each question give the reason."
                ))
        }
        if (participation?.total.invited ?? 0) > 0 {
            sentences.append(
                language.pick(
                    "Der Rücklauf im Einzelnen und die Hinweise zur Methode folgen im Anschluss.",
                    "The response rate in detail and the notes on methods follow."))
        }
        textSection(
            "reading-guide", title: language.pick("So lesen Sie diesen Bericht", "How to read this report"), sentences,
            into: &html)
    }

    /// A titled section of plain paragraphs on the title page.
    private func textSection(
        _ className: String, title: String, _ paragraphs: [String], into html: inout HTMLBuilder
    ) {
        html.element("section", [HTMLAttribute("class", className)]) { html in
            html.element("h2", text: title)
            html.newline()
            for paragraph in paragraphs {
                html.element("p", text: paragraph)
                html.newline()
            }
        }
        html.newline()
    }

    /// The introduction when the definition has none: what the report is, from the facts alone,
    /// never the respondents' instructions.
    private var neutralIntro: String {
        language.pick(
            "Dieser Bericht fasst die abgeschickten Antworten auf die Befragung „\(result.title)“ zusammen.",
            "This report summarises the submitted responses to the survey “\(result.title)”.")
    }

    /// The table of contents, when the report has titled sections.
    private func contents(_ html: inout HTMLBuilder) {
        let titled = parts.enumerated().compactMap { index, part in part.title.map { (index + 1, $0) } }
        guard !titled.isEmpty else { return }
        html.element("nav", [HTMLAttribute("class", "contents"), HTMLAttribute("aria-labelledby", "contents")]) {
            html in
            html.element("h2", [HTMLAttribute("id", "contents")], text: language.pick("Inhalt", "Contents"))
            html.newline()
            html.element("ol") { html in
                for (number, title) in titled {
                    html.element("li") { html in
                        html.element("a", [HTMLAttribute("href", "#s-\(number)")], text: title)
                    }
                }
            }
        }
        html.newline()
    }

    /// The terms and values listed on the title page.
    private var facts: [(String, String)] {
        var facts =
            if let publication {
                [(language.pick("Datenstand", "Data as of"), publication.dataCutoff)]
            } else {
                [(language.pick("Stand", "As of"), date)]
            }
        if let total = participation?.total, total.invited > 0 {
            let rate = total.rate.map { " (\(language.percent($0 * 100)))" } ?? ""
            facts.append(
                (
                    language.pick("Rücklauf", "Response rate"),
                    language.pick(
                        "\(language.count(total.submitted)) von \(language.count(total.invited)) Eingeladenen\(rate)",
                        "\(language.count(total.submitted)) of \(language.count(total.invited)) invited\(rate)")
                ))
        }
        facts.append(
            (
                filterWords == nil
                    ? language.pick("Abgeschickte Antworten", "Submitted responses")
                    : language.pick("Antworten in der Auswahl", "Responses selected"),
                language.count(result.responses)
            ))
        if let filter = filterWords {
            facts.append((language.pick("Auswahl", "Selection"), language.onlyResponses(where: filter)))
        }
        if let comparison {
            facts.append(
                (
                    language.pick("Verglichen mit", "Compared with"),
                    "\(comparison.title) (\(comparison.surveyID)), \(language.count(comparison.responses)) "
                        + language.pick("Antworten", "responses")
                ))
        }
        if let breakdown = result.breakdown {
            let groups = breakdown.groups.map { "\($0.label) (\(language.count($0.responses)))" }.joined(
                separator: ", ")
            facts.append((language.pick("Aufgeschlüsselt nach", "Broken down by"), "\(breakdown.label): \(groups)"))
        }
        facts.append((language.pick("Mindestgruppengröße", "Minimum group size"), String(result.minGroupSize)))
        return facts
    }

    /// The note on bases, statistics and suppression, on the title page.
    private var methods: [String] {
        let k = result.minGroupSize
        let quantiles = QuestionSuppression.quantileMultiple * k
        return language.isEnglish
            ? [
                "Each question reports three bases: submitted responses, responses in which the question was shown, and responses that answered it. Percentages are of those who answered (valid percent); for multiple choice, of those who were shown the question. Only the latest submission of each response counts; withdrawn responses and unfinished drafts are not included.",
                "Standard deviations are sample standard deviations (divisor n − 1); medians and quartiles use linear interpolation (as in R, pandas and Excel's QUARTILE.INC). \"Not applicable\" answers are counted but left out of means and medians.",
                k > 1
                    ? "To protect individual schools, groups of fewer than \(k) responses and counts of 1 to \(k - 1) are shown as —; figures hidden only so that those cannot be worked out from totals are shown as (—). Where all schools of a group, or all but fewer than \(k), gave the same answer, the group’s figures for that question are shown as [—]. Medians and quartiles need at least \(quantiles) answers; minimum and maximum values are not reported, since each belongs to a single school."
                    : "No figures are suppressed (minimum group size 1).",
            ]
            : [
                "Zu jeder Frage werden drei Basen angegeben: abgeschickte Antworten, Antworten, in denen die Frage gezeigt wurde, und Antworten, die sie beantwortet haben. Prozentwerte beziehen sich auf die Beantwortenden (gültige Prozent), bei Mehrfachauswahl auf alle, denen die Frage gezeigt wurde. Es zählt jeweils die letzte Einreichung; zurückgezogene Antworten und nicht abgeschickte Entwürfe sind nicht enthalten.",
                "Standardabweichungen sind Stichproben-Standardabweichungen (Divisor n − 1); Median und Quartile werden linear interpoliert (wie in R, pandas und QUARTILE.INKL in Excel). Angaben „trifft nicht zu“ werden gezählt, gehen aber nicht in Mittelwert und Median ein.",
                k > 1
                    ? "Zum Schutz einzelner Schulen werden Gruppen mit weniger als \(k) Antworten und Häufigkeiten von 1 bis \(k - 1) als — dargestellt; Werte, die nur ausgeblendet sind, damit diese nicht aus Summen zurückgerechnet werden können, als (—). Haben alle Schulen einer Gruppe oder alle bis auf weniger als \(k) dieselbe Antwort gegeben, erscheinen die Werte der Gruppe zu dieser Frage als [—]. Median und Quartile werden erst ab \(quantiles) Antworten angegeben; Kleinst- und Höchstwerte werden nicht berichtet, da sie jeweils zu einer einzelnen Schule gehören."
                    : "Es werden keine Werte unterdrückt (Mindestgruppengröße 1).",
            ]
    }

    /// One question: heading, bases, chart and its data table(s).
    private func section(_ entry: QuestionEntry, heading: StaticString, into html: inout HTMLBuilder) {
        let total = entry.total
        html.element("section", [HTMLAttribute("class", "question"), HTMLAttribute("id", "q-\(total.id)")]) { html in
            html.newline()
            html.element(heading, text: total.title)
            html.newline()
            var baseLine = String(total.baseLine(language).trimmingPrefix("  "))
            if let unit = total.unit { baseLine += language.pick("; Angaben in ", "; figures in ") + unit }
            html.element("p", [HTMLAttribute("class", "base")], text: baseLine)
            html.newline()
            if let note = withheldWhole(entry) {
                html.element("p", [HTMLAttribute("class", "withheld")], text: note)
                html.newline()
                return
            }
            let groups = result.breakdown?.groups ?? []
            if let chart = QuestionChart.chart(for: entry, groups: groups, language: language) {
                figure(chart, id: "c-\(total.id)", settings: chartSettings(for: chart, of: entry), into: &html)
            }
            ReportTables(language: language, groups: groups).tables(for: entry, into: &html)
            if let earlier = comparison?.questions.first(where: { $0.total.id == total.id })?.total,
                let wave = WaveComparison(
                    current: total, earlier: earlier, waves: [comparison?.surveyID ?? "", result.surveyID],
                    language: language)
            {
                if let chart = wave.chart {
                    figure(chart, id: "w-\(total.id)", settings: chartSettings(for: chart, of: nil), into: &html)
                }
                wave.table(into: &html)
            }
            let reasons = entry.withheldReasons
            if !reasons.isEmpty {
                html.element(
                    "p", [HTMLAttribute("class", "note")],
                    text: language.footnote(minGroupSize: result.minGroupSize, reasons: reasons))
                html.newline()
            }
        }
        html.newline()
    }

    /// Why a question shows no chart and no table at all: nobody answered it, or fewer than the
    /// minimum group size, whose every figure would be a dash; nil when it has figures to show.
    private func withheldWhole(_ entry: QuestionEntry) -> String? {
        guard let answered = entry.total.base.answered, entry.total.type != "text" else { return nil }
        if answered == 0 {
            return language.pick(
                "Auf diese Frage liegen keine Antworten vor.", "There are no answers to this question.")
        }
        let k = result.minGroupSize
        guard answered < k else { return nil }
        return language.pick(
            "Weniger als \(k) Antworten: Zum Schutz der Antwortenden werden die Ergebnisse dieser Frage nicht ausgewiesen.",
            "Fewer than \(k) answers: to protect those who answered, the results of this question are not shown.")
    }

    private func figure(_ chart: Chart, id: String, settings: ChartSettings, into html: inout HTMLBuilder) {
        html.element("figure") { html in
            html.newline()
            html.inlineSVG(chart.svg(id: id, settings: settings))
            html.newline()
        }
        html.newline()
    }
}
