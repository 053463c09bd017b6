import Foundation
import StrictJSON
import SurveyEvaluation
import SurveyModel
import Testing

/// The report honours the definition's report settings: introduction, left-out questions, sections,
/// and says in words which responses its figures and charts cover.
struct ReportPresentationTests {
    static let definition = """
        {"id": "bericht", "title": "Schulbefragung", "description": "Die Beantwortung dauert etwa 15 Minuten.",
         "languages": ["de", "en"], "access": "token",
         "pages": [{"id": "p", "title": "Seite", "questions": [
           {"id": "name", "type": "text", "title": "Ihr Name", "personal": true},
           {"id": "kontakt", "type": "boolean", "title": "Dürfen wir Sie kontaktieren?", "personal": true},
           {"id": "schulart", "type": "single", "title": {"de": "Schulart", "en": "Type of school"},
            "options": [{"value": "gs", "label": {"de": "Grundschule", "en": "Primary school"}},
                        {"value": "ms", "label": {"de": "Mittelschule", "en": "Middle school"}}]},
           {"id": "ssa", "type": "boolean", "title": {"de": "Gibt es Schulsozialarbeit?", "en": "Is there school social work?"}},
           {"id": "schueler", "type": "number", "title": "Schülerzahl"},
           {"id": "intern", "type": "number", "title": "Interne Kennzahl"},
           {"id": "bemerkung", "type": "text", "title": "Bemerkung"}]}],
         "report": {
           "minGroupSize": 1,
           "intro": {"de": "Bericht für den Schulausschuss.", "en": "Report for the school committee."},
           "exclude": ["intern"],
           "sections": [{"title": {"de": "Personal und Größe", "en": "Staff and size"}, "questions": ["ssa", "schueler"]}]}}
        """

    static func document(language: String = "de", filter: String? = nil, by: String? = nil) throws -> ReportDocument {
        let survey = try #require(Survey.load(bytes: Array(definition.utf8), file: "bericht.json").survey)
        let evaluator = try SurveyEvaluator(
            survey: survey, language: language, filter: filter, by: by, today: .date(year: 2026, month: 11, day: 27))
        var evaluation = Evaluation(plan: evaluator.decoder.plan)
        for index in 0..<12 {
            let answers = """
                {"name": "Erika Mustermann \(index)", "kontakt": true, "schulart": "\(index % 3 == 0 ? "ms" : "gs")",
                 "ssa": \(index % 2 == 0), "schueler": \(100 + index), "intern": 7, "bemerkung": "Geheim \(index)"}
                """
            if let facts = evaluator.decoder.facts(answers: try JSONDocument(parsing: answers).root) {
                evaluation.add(facts)
            }
        }
        let result = evaluation.result(filter: filter, includeTexts: true)
        let output = OutputLanguage(code: language)
        return ReportDocument(
            result: result, language: output,
            presentation: ReportPresentation(survey: survey, language: output, filter: filter), date: "27.11.2026")
    }

    @Test func opensWithItsOwnIntroductionNotTheRespondentsInstructions() throws {
        let html = try Self.document().html
        #expect(html.contains("<p class=\"lead\">Bericht für den Schulausschuss.</p>"))
        #expect(!html.contains("15 Minuten"))
        #expect(try Self.document(language: "en").html.contains("Report for the school committee."))
    }

    @Test(arguments: [
        ("de", "Dieser Bericht fasst die abgeschickten Antworten auf die Befragung „Schulbefragung“ zusammen."),
        ("en", "This report summarises the submitted responses to the survey “Schulbefragung”."),
    ])
    func withoutIntroductionANeutralSentenceNeverTheDescription(language: String, sentence: String) throws {
        let definition = Self.definition.replacing(
            #""intro": {"de": "Bericht für den Schulausschuss.", "en": "Report for the school committee."},"#, with: "")
        let survey = try #require(Survey.load(bytes: Array(definition.utf8), file: "bericht.json").survey)
        let output = OutputLanguage(code: language)
        let presentation = ReportPresentation(survey: survey, language: output, filter: nil)
        #expect(presentation.intro == nil)
        let document = try Self.document(language: language)
        let html = ReportDocument(
            result: document.result, language: output, presentation: presentation, date: ""
        ).html
        #expect(html.contains("<p class=\"lead\">\(sentence)</p>"))
        #expect(!html.contains("15 Minuten"))
    }

    @Test func personalExcludedAndFreeTextQuestionsAreAbsent() throws {
        let document = try Self.document()
        let html = document.html
        for absent in ["q-name", "q-kontakt", "q-intern", "q-bemerkung", "Erika", "Geheim", "Ihr Name", "kontaktieren"]
        {
            #expect(!html.contains(absent), "\(absent)")
        }
        #expect(document.charts.map(\.name).sorted() == ["schueler.svg", "schulart.svg", "ssa.svg"])
        // `evaluate` keeps every question, so the office can check any figure.
        #expect(document.result.questions.map(\.total.id).contains("intern"))
    }

    @Test func sectionsOrderTheQuestionsAndTheRestFollows() throws {
        let html = try Self.document().html
        let order = [
            "Inhalt", "<h2>Personal und Größe</h2>", "q-ssa", "q-schueler", "<h2>Weitere Fragen</h2>", "q-schulart",
        ]
        let positions = order.compactMap { html.range(of: $0)?.lowerBound }
        #expect(positions.count == order.count)
        #expect(positions == positions.sorted())
        #expect(html.contains("<a href=\"#s-1\">Personal und Größe</a>"))
    }

    @Test func filterAndBreakdownInWordsOnTheTitlePageAndInEveryChart() throws {
        let document = try Self.document(filter: "schulart == 'gs'", by: "ssa")
        let html = document.html
        #expect(!html.contains("schulart == "))
        #expect(html.contains("<dd>Nur Antworten, für die gilt: „Schulart“ ist „Grundschule“</dd>"))
        let filter = "Nur Antworten, für die gilt: „Schulart“ ist „Grundschule“."
        let breakdown = "Aufgeschlüsselt nach „Gibt es Schulsozialarbeit?“."
        let charts = Dictionary(uniqueKeysWithValues: document.charts.map { ($0.name, $0.svg) })
        #expect(charts.count == 3)
        for (name, svg) in charts {
            #expect(svg.contains("-desc\">\(filter) "), "\(name)")
            // A histogram shows the total alone; its groups are in the table, so it does not claim them.
            let caption = name == "schueler.svg" ? filter : "\(filter) \(breakdown)"
            #expect(svg.contains("– \(caption)</title>"), "\(name)")
            #expect(svg.contains(breakdown) == (name != "schueler.svg"), "\(name)")
        }
        let english = try Self.document(language: "en", filter: "ssa", by: nil)
        #expect(english.html.contains("<dd>Only responses where “Is there school social work?” is “Yes”</dd>"))
        #expect(
            english.charts.allSatisfy {
                $0.svg.contains("Only responses where “Is there school social work?” is “Yes”.")
            })
    }

    @Test func withoutFilterOrBreakdownChartsCarryNoCaption() throws {
        for chart in try Self.document().charts {
            #expect(!chart.svg.contains("Nur Antworten"))
            #expect(!chart.svg.contains("Aufgeschlüsselt"))
        }
    }
}
