import SurveyCharts

/// The committee report: one self-contained HTML page with inline SVG charts, and each chart as a file.
///
/// The page prints on A4 (title page, then one block per question that is
/// never split across pages where avoidable), and every chart is followed by
/// a table with its numbers, so the report reads without the pictures too.
public struct ReportDocument: Sendable {
    public let result: EvaluationResult
    public let language: OutputLanguage
    /// The survey's description, shown on the title page.
    public let description: String?
    /// The date printed on the title page (`27.11.2026`).
    public let date: String
    /// An earlier wave to compare with (`--compare`), questions matched by id.
    public let comparison: EvaluationResult?

    public init(
        result: EvaluationResult, language: OutputLanguage, description: String?, date: String,
        comparison: EvaluationResult? = nil
    ) {
        self.result = result
        self.language = language
        self.description = description
        self.date = date
        self.comparison = comparison
    }

    /// One chart: its file name (`schulart.svg`) and the SVG text.
    public struct ChartFile: Sendable, Hashable {
        public let name: String
        public let svg: String
    }

    private var chartSettings: ChartSettings {
        ChartSettings(language: language.isEnglish ? .english : .german, width: 640, showsTitle: false)
    }

    /// Every chart of the report as a stand-alone SVG file, for slides.
    public var charts: [ChartFile] {
        result.questions.compactMap { entry in
            guard
                let chart = QuestionChart.chart(for: entry, groups: result.breakdown?.groups ?? [], language: language)
            else { return nil }
            let settings = ChartSettings(language: chartSettings.language, width: 640, showsTitle: true)
            return ChartFile(
                name: "\(entry.total.id).svg", svg: xmlDeclaration + chart.svg(id: entry.total.id, settings: settings))
        }
    }

    private let xmlDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"

    /// The whole page.
    public var html: String {
        let e = HTMLText.escape
        var page = """
            <!DOCTYPE html>
            <html lang="\(language.code)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(e(result.title)) – \(language.pick("Auswertung", "Evaluation"))</title>
            <style>\(Self.css)</style>
            </head>
            <body>
            <header class="title-page">
            <p class="kicker">\(language.pick("Auswertung", "Evaluation"))</p>
            <h1>\(e(result.title))</h1>

            """
        if let description { page += "<p class=\"lead\">\(e(description))</p>\n" }
        page += "<dl class=\"facts\">\n"
        page += fact(language.pick("Stand", "As of"), date)
        page += fact(language.pick("Abgeschickte Antworten", "Submitted responses"), language.count(result.responses))
        if let filter = result.filter { page += fact(language.pick("Filter", "Filter"), filter) }
        if let comparison {
            page += fact(
                language.pick("Verglichen mit", "Compared with"),
                "\(comparison.title) (\(comparison.surveyID)), \(language.count(comparison.responses)) "
                    + language.pick("Antworten", "responses"))
        }
        if let breakdown = result.breakdown {
            let groups = breakdown.groups.map { "\($0.label) (\(language.count($0.responses)))" }.joined(
                separator: ", ")
            page += fact(language.pick("Aufgeschlüsselt nach", "Broken down by"), "\(breakdown.label): \(groups)")
        }
        page += fact(language.pick("Mindestgruppengröße", "Minimum group size"), String(result.minGroupSize))
        page += "</dl>\n"
        page += methods
        page += "</header>\n<main>\n"
        for entry in result.questions { page += section(entry) }
        page += "</main>\n</body>\n</html>\n"
        return page
    }

    private func fact(_ term: String, _ value: String) -> String {
        "<div><dt>\(HTMLText.escape(term))</dt><dd>\(HTMLText.escape(value))</dd></div>\n"
    }

    /// The note on bases, statistics and suppression, on the title page.
    private var methods: String {
        let k = result.minGroupSize
        let paragraphs =
            language.isEnglish
            ? [
                "Each question reports three bases: submitted responses, responses in which the question was shown, and responses that answered it. Percentages are of those who answered (valid percent); for multiple choice, of those who were shown the question. Only the latest submission of each response counts; withdrawn responses and unfinished drafts are not included.",
                "Standard deviations are sample standard deviations (divisor n − 1); medians and quartiles use linear interpolation (as in R, pandas and Excel's QUARTILE.INC). \"Not applicable\" answers are counted but left out of means and medians.",
                k > 1
                    ? "To protect individual schools, groups and counts of fewer than \(k) responses are shown as —, together with as many further figures as needed so that none can be worked out from totals. Minimum and maximum values are not reported, since each belongs to a single school."
                    : "No figures are suppressed (minimum group size 1).",
            ]
            : [
                "Zu jeder Frage werden drei Basen angegeben: abgeschickte Antworten, Antworten, in denen die Frage gezeigt wurde, und Antworten, die sie beantwortet haben. Prozentwerte beziehen sich auf die Beantwortenden (gültige Prozent), bei Mehrfachauswahl auf alle, denen die Frage gezeigt wurde. Es zählt jeweils die letzte Einreichung; zurückgezogene Antworten und nicht abgeschickte Entwürfe sind nicht enthalten.",
                "Standardabweichungen sind Stichproben-Standardabweichungen (Divisor n − 1); Median und Quartile werden linear interpoliert (wie in R, pandas und QUARTILE.INKL in Excel). Angaben „trifft nicht zu“ werden gezählt, gehen aber nicht in Mittelwert und Median ein.",
                k > 1
                    ? "Zum Schutz einzelner Schulen werden Gruppen und Häufigkeiten mit weniger als \(k) Antworten als — dargestellt, dazu so viele weitere Werte, dass keiner aus Summen zurückgerechnet werden kann. Kleinst- und Höchstwerte werden nicht berichtet, da sie jeweils zu einer einzelnen Schule gehören."
                    : "Es werden keine Werte unterdrückt (Mindestgruppengröße 1).",
            ]
        return "<section class=\"methods\"><h2>\(language.pick("Hinweise zur Methode", "Methods"))</h2>\n"
            + paragraphs.map { "<p>\(HTMLText.escape($0))</p>\n" }.joined() + "</section>\n"
    }

    /// One question: heading, bases, chart and its data table(s).
    private func section(_ entry: QuestionEntry) -> String {
        let e = HTMLText.escape
        let total = entry.total
        var html = "<section class=\"question\" id=\"q-\(e(total.id))\">\n<h2>\(e(total.title))</h2>\n"
        var baseLine = String(total.baseLine(language).trimmingPrefix("  "))
        if let unit = total.unit { baseLine += language.pick("; Angaben in ", "; figures in ") + unit }
        html += "<p class=\"base\">\(e(baseLine))</p>\n"
        let groups = result.breakdown?.groups ?? []
        if let chart = QuestionChart.chart(for: entry, groups: groups, language: language) {
            html += "<figure>\n" + chart.svg(id: "c-\(total.id)", settings: chartSettings) + "\n</figure>\n"
        }
        html += ReportTables(language: language, groups: groups).tables(for: entry)
        if let earlier = comparison?.questions.first(where: { $0.total.id == total.id })?.total,
            let wave = WaveComparison(
                current: total, earlier: earlier, waves: [comparison?.surveyID ?? "", result.surveyID],
                language: language)
        {
            if let chart = wave.chart {
                html += "<figure>\n" + chart.svg(id: "w-\(total.id)", settings: chartSettings) + "\n</figure>\n"
            }
            html += wave.table
        }
        if entry.hasSuppressions {
            html += "<p class=\"note\">\(e(language.footnote(minGroupSize: result.minGroupSize)))</p>\n"
        }
        return html + "</section>\n"
    }

    /// Print layout for A4 and a calm screen layout; system fonts only, nothing loaded.
    static let css = """
        @page { size: A4; margin: 18mm 16mm 20mm 16mm; }
        :root { color: #1a1a1a; font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 10.5pt; line-height: 1.4; }
        body { max-width: 180mm; margin: 0 auto; padding: 12mm 0; }
        h1 { font-size: 22pt; line-height: 1.2; margin: 0 0 6mm; }
        h2 { font-size: 13pt; margin: 0 0 2mm; }
        .kicker { text-transform: uppercase; letter-spacing: .08em; color: #555; margin: 30mm 0 2mm; }
        .lead { font-size: 12pt; max-width: 150mm; }
        .facts { display: grid; grid-template-columns: max-content 1fr; gap: 1mm 6mm; margin: 8mm 0; }
        .facts div { display: contents; }
        .facts dt { font-weight: bold; }
        .facts dd { margin: 0; }
        .methods { margin-top: 10mm; font-size: 9.5pt; color: #333; }
        .title-page { break-after: page; }
        .question { break-inside: avoid; margin: 0 0 10mm; padding-top: 2mm; }
        .base { color: #555; font-size: 9pt; margin: 0 0 2mm; }
        figure { margin: 0 0 3mm; }
        figure svg { max-width: 100%; height: auto; }
        table { border-collapse: collapse; width: auto; min-width: 60%; font-size: 9pt; margin: 0 0 3mm; font-variant-numeric: tabular-nums; }
        caption { text-align: left; font-weight: bold; padding: 1mm 0; }
        th, td { padding: 1mm 2mm; border-bottom: 0.5pt solid #ccc; vertical-align: top; }
        th { text-align: left; font-weight: bold; }
        tbody th { font-weight: normal; min-width: 45mm; }
        td.n { text-align: right; white-space: nowrap; }
        th.n { text-align: right; font-size: 8pt; hyphens: auto; }
        .base-row { color: #555; }
        .note { font-size: 8.5pt; color: #444; }
        @media print { body { padding: 0; max-width: none; } a { color: inherit; } }
        """
}

extension QuestionEntry {
    /// Whether any figure of the question is hidden.
    var hasSuppressions: Bool {
        ([total] + groups).contains { $0.hasSuppressions }
    }
}

extension QuestionResult {
    var hasSuppressions: Bool {
        suppressed || frequencies.contains { $0.count == nil } || histogram.contains { $0.count == nil }
            || months.contains { $0.count == nil } || ranking.contains { $0.first == nil }
            || selections.contains { $0.count == nil } || rows.contains { $0.hasSuppressions }
    }
}
