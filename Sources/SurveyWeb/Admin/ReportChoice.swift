import Foundation
import HTTPServer
import Markup
import SurveyEvaluation
import SurveyModel

/// The office's choice of filter and breakdown above the live report: a plain GET form, usable without script.
struct ReportChoice {
    let survey: Survey
    let ui: UILanguage
    /// The filter expression as entered; nil for all responses.
    let filter: String?
    /// The breakdown's id; nil for none.
    let by: String?
    /// The report language asked for with `?lang=`, kept on the form and the chart links.
    let language: String?
    /// Whether the survey's test data is shown instead of the real responses (`?data=test`).
    let testData: Bool
    /// Why the filter or breakdown cannot be used, shown in place of the report.
    private(set) var problem: String? = nil
    /// Whether the problem lies in the filter (otherwise in the breakdown), so that field is marked.
    private(set) var filterFails = false
    /// How the filter was read differently from how it was typed (`=` as `==`, a label as its value).
    private(set) var filterNotes: [String] = []
    /// Whether the filter is sound but contradicts itself, so no response can match.
    private(set) var filterMatchesNothing = false
    /// The simple filter made of selects, above the expert field.
    let builder: FilterBuilder

    /// Reads the choice from the query; empty fields mean no filter and no breakdown.
    init(survey: Survey, ui: UILanguage, query: URLEncodedForm?) {
        self.survey = survey
        self.ui = ui
        builder = FilterBuilder(survey: survey, ui: ui, query: query)
        var typed = query?["filter"].map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
        switch builder.expression {
        case .success(let built)?: typed = built
        case .failure(let problem)?:
            self.problem = problem.message(ui)
            filterFails = true
        case nil: break
        }
        if let typed, problem == nil {
            let repair = FilterRepair(typed, survey: survey, ui: ui)
            filter = repair.source
            filterNotes = repair.notes
            filterMatchesNothing = repair.matchesNothing
            if let reason = repair.problem {
                problem =
                    (ui == .de ? "Der Filter lässt sich nicht verwenden: " : "The filter cannot be used: ") + reason
                filterFails = true
            }
        } else {
            filter = typed
        }
        by = query?["by"].flatMap { $0.isEmpty ? nil : $0 }
        language = query?["lang"].flatMap { $0.isEmpty ? nil : $0 }
        testData = query?["data"] == "test"
    }

    /// The same choice with the reason it cannot be used.
    func failing(_ error: EvaluationSetupError) -> ReportChoice {
        var choice = self
        choice.problem = Self.message(error, ui: ui)
        if case .invalidFilter = error { choice.filterFails = true }
        return choice
    }

    /// The query string that repeats this choice on another link (`?filter=…&by=…`), empty without one.
    var queryString: String {
        let items = [("filter", filter), ("by", by), ("lang", language), ("data", testData ? "test" : nil)].compactMap {
            name, value in
            value.map { "\(name)=\(Self.percentEncoded($0))" }
        }
        return items.isEmpty ? "" : "?" + items.joined(separator: "&")
    }

    /// The file name a downloaded chart gets (`digitale-bildung-art.svg`); test data says so in it.
    func downloadName(of chart: String) -> String {
        "\(survey.id)-\(testData ? "testdaten-" : "")\(chart)"
    }

    /// The breakdowns on offer: participant fields with options, then single-choice and yes/no questions.
    var breakdowns: [(id: String, label: String)] {
        let wording = ui.rawValue
        let fields = survey.participantFields.filter { !$0.options.isEmpty }.map {
            (id: "participant.\($0.id)", label: $0.label.text(in: wording))
        }
        let questions = survey.questions.compactMap { question -> (id: String, label: String)? in
            switch question.kind {
            case .single, .boolean: (id: question.id, label: question.title?.text(in: wording) ?? question.id)
            default: nil
            }
        }
        return fields + questions
    }

    /// Appends the form, and the problem when there is one.
    func render(into html: inout HTMLBuilder) {
        let german = ui == .de
        let marksFilter = problem != nil && filterFails
        let marksBreakdown = problem != nil && !filterFails
        if testData {
            html.element("p", [HTMLAttribute("class", "notice test-data")], text: Phrase.testDataShown.text(ui))
        }
        if let problem {
            html.element("div", [HTMLAttribute("class", "error-summary"), HTMLAttribute("role", "alert")]) { html in
                html.element("p", [HTMLAttribute("class", "error"), HTMLAttribute("id", "e-choice")], text: problem)
            }
        }
        if filterMatchesNothing {
            html.element(
                "p", [HTMLAttribute("class", "notice filter-empty"), HTMLAttribute("role", "status")],
                text: german
                    ? "Dieser Filter kann auf keine Antwort zutreffen: Seine Bedingungen schließen einander aus."
                    : "This filter cannot match any response: its conditions exclude each other.")
        }
        for note in filterNotes {
            html.element("p", [HTMLAttribute("class", "notice filter-note")], text: note)
        }
        html.element(
            "form",
            [
                HTMLAttribute("method", "get"), HTMLAttribute("action", "/admin/s/\(survey.id)/report"),
                HTMLAttribute("class", "report-choice"),
            ]
        ) { html in
            if let language {
                html.void(
                    "input",
                    [HTMLAttribute("type", "hidden"), HTMLAttribute("name", "lang"), HTMLAttribute("value", language)])
            }
            if testData {
                html.void(
                    "input",
                    [HTMLAttribute("type", "hidden"), HTMLAttribute("name", "data"), HTMLAttribute("value", "test")])
            }
            builder.render(into: &html)
            html.element("div", [HTMLAttribute("class", "question")]) { html in
                html.element(
                    "label", [HTMLAttribute("for", "filter")],
                    text: german ? "Filter als Ausdruck (für Geübte)" : "Filter as an expression (for experts)")
                html.element(
                    "p", [HTMLAttribute("class", "help"), HTMLAttribute("id", "filter-help")],
                    text: german
                        ? "Ein Ausdruck über Fragen und Teilnehmerfelder, z. B. participant.schulart == 'gs'; der Filter oben schreibt ihn für Sie. Leer lassen für alle Antworten."
                        : "An expression over questions and participant fields, e.g. participant.schulart == 'gs'; the builder above writes it for you. Leave empty for all responses."
                )
                html.void(
                    "input",
                    [
                        HTMLAttribute("type", "text"), HTMLAttribute("id", "filter"), HTMLAttribute("name", "filter"),
                        HTMLAttribute("value", filter ?? ""), HTMLAttribute("spellcheck", "false"),
                        HTMLAttribute("aria-describedby", marksFilter ? "filter-help e-choice" : "filter-help"),
                        HTMLAttribute("aria-invalid", marksFilter ? "true" : nil),
                    ])
            }
            html.element("div", [HTMLAttribute("class", "question")]) { html in
                html.element(
                    "label", [HTMLAttribute("for", "by")], text: german ? "Aufschlüsseln nach" : "Break down by")
                html.element(
                    "select",
                    [
                        HTMLAttribute("id", "by"), HTMLAttribute("name", "by"),
                        HTMLAttribute("aria-describedby", marksBreakdown ? "e-choice" : nil),
                        HTMLAttribute("aria-invalid", marksBreakdown ? "true" : nil),
                    ]
                ) { html in
                    html.element(
                        "option", [HTMLAttribute("value", ""), HTMLAttribute("selected", by == nil ? "" : nil)],
                        text: german ? "keine Aufschlüsselung" : "no breakdown")
                    for breakdown in breakdowns {
                        let chosen = by == breakdown.id || by.map { "participant." + $0 } == breakdown.id
                        html.element(
                            "option",
                            [HTMLAttribute("value", breakdown.id), HTMLAttribute("selected", chosen ? "" : nil)],
                            text: breakdown.label)
                    }
                }
            }
            html.element("div", [HTMLAttribute("class", "actions")]) { html in
                html.element(
                    "button", [HTMLAttribute("type", "submit"), HTMLAttribute("class", "primary")],
                    text: german ? "Auswertung anzeigen" : "Show evaluation")
            }
        }
    }

    /// Why a filter or breakdown cannot be used, in the office's language; the filter's own message follows.
    static func message(_ error: EvaluationSetupError, ui: UILanguage) -> String {
        let german = ui == .de
        return switch error {
        case .invalidFilter(let message):
            (german ? "Der Filter lässt sich nicht verwenden: " : "The filter cannot be used: ") + message
        case .unknownBreakdown(let id, _):
            german
                ? "Es gibt keine Frage und kein Teilnehmerfeld „\(id)“, nach dem sich aufschlüsseln ließe."
                : "There is no question or participant field “\(id)” to break down by."
        case .unsuitableBreakdown(let id, _):
            german
                ? "Nach „\(id)“ lässt sich nicht aufschlüsseln: Dafür braucht es eine Einfachauswahl- oder Ja/Nein-Frage oder ein Teilnehmerfeld mit Antwortmöglichkeiten."
                : "“\(id)” cannot be used as a breakdown: it needs a single-choice or yes/no question or a participant field with options."
        case .invalidMinGroupSize:
            german
                ? "Die Mindestgruppengröße (report.minGroupSize) der Umfrage muss eine ganze Zahl ab 1 sein."
                : "The survey's minimum group size (report.minGroupSize) must be a whole number of at least 1."
        case .unreadableLog(let message):
            (german
                ? "Die Antworten ließen sich nicht zählen, weil das Antwortprotokoll nicht lesbar ist: "
                : "The responses could not be counted because the response log cannot be read: ") + message
        }
    }

    /// The characters a query value keeps as they are (RFC 3986 "unreserved").
    private static let unreserved = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    private static func percentEncoded(_ value: String) -> String {
        value.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }
}
