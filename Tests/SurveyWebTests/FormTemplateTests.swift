import Foundation
import SurveyModel
import TestSupport
import Testing

@testable import SurveyWeb

/// Pages rendered from cached templates are byte for byte the pages rendered in full.
@Suite struct FormTemplateTests {
    static let shipped = ["digitale-bildung", "fortbildung-feedback"].map {
        Fixtures.load(Fixtures.packageRoot.appendingPathComponent("surveys/\($0).json").path)
    }

    /// Random answers, presence, errors, notices and positions on every page of both shipped surveys and
    /// the fixture with every question type, in every language, all through one cache.
    @Test func cachedPagesEqualFullRenderingForRandomStates() {
        let templates = FormTemplates()
        var random = SeededGenerator(seed: 13)
        var compared = 0
        for survey in Self.shipped + [Fixtures.allTypes] {
            let cache = templates.definition(surveyID: survey.id, version: "version-of-\(survey.id)")
            for language in survey.languages {
                for page in survey.pages {
                    for _ in 0..<16 {
                        let form = randomPage(page, of: survey, language: language, using: &random)
                        let full = form.render()
                        let cached = form.render(cache: cache)
                        if cached != full {
                            let at = cached.indices.first { $0 >= full.count || cached[$0] != full[$0] } ?? cached.count
                            let around = { (bytes: [UInt8]) in
                                String(decoding: bytes[max(0, at - 80)..<min(bytes.count, at + 80)], as: UTF8.self)
                            }
                            let place = "\(survey.id), page \(page.id), \(language): byte \(at) differs"
                            Issue.record("\(place)\ncached: \(around(cached))\nfull:   \(around(full))")
                            return
                        }
                        compared += 1
                    }
                }
            }
        }
        #expect(compared > 300)
        #expect(templates.count > 0)
    }

    /// The same survey id under a new definition version never gets the markup of the old one.
    @Test func anEditedDefinitionGetsItsOwnMarkup() throws {
        let path = Fixtures.testsFolder.appendingPathComponent("Fixtures/alle-typen.json").path
        let original = try String(contentsOfFile: path, encoding: .utf8)
        let edited = Self.loaded(original.replacingOccurrences(of: "E-Mail & Kontakt", with: "E-Mail & Telefon"))
        #expect(edited.pages[0].questions.map(\.title) != Fixtures.allTypes.pages[0].questions.map(\.title))
        let templates = FormTemplates()
        let before = form(Fixtures.allTypes.pages[0], of: Fixtures.allTypes)
        let after = form(edited.pages[0], of: edited)
        let text = { (bytes: [UInt8]) in String(decoding: bytes, as: UTF8.self) }
        let cachedBefore = before.render(cache: templates.definition(surveyID: "alle-typen", version: "1"))
        let cachedAfter = after.render(cache: templates.definition(surveyID: "alle-typen", version: "2"))
        #expect(text(cachedBefore) == text(before.render()))
        #expect(text(cachedAfter) == text(after.render()))
        #expect(text(cachedAfter).contains("E-Mail &amp; Telefon"))
    }

    /// However many different frames are asked for, the cache keeps at most its capacity of each kind.
    @Test func theCacheStaysBounded() {
        let templates = FormTemplates()
        let survey = Fixtures.allTypes
        for number in 0..<(FormTemplates.capacity + 10) {
            let cache = templates.definition(surveyID: survey.id, version: String(number))
            _ = form(survey.pages[1], of: survey).render(cache: cache)
        }
        #expect(templates.count <= FormTemplates.capacity)
    }

    // MARK: Random states

    private static func loaded(_ json: String) -> Survey {
        switch Survey.load(bytes: Array(json.utf8), file: "alle-typen.json") {
        case .loaded(let survey, _): return survey
        case .failed(let diagnostics): preconditionFailure(diagnostics.map(\.rendered).joined(separator: "\n"))
        }
    }

    private func form(_ page: Page, of survey: Survey, values: FormValues = FormValues()) -> FormPage {
        FormPage(
            context: RenderContext(survey: survey, language: nil), page: page, position: 1, pageCount: 3,
            values: values, errors: [:], presence: [:], hidden: HiddenFields(csrf: "c", formKey: "k"),
            action: "/s/\(survey.id)/p/\(page.id)", visibilityURL: nil, notice: nil, layoutLinks: [], isLast: false)
    }

    private func randomPage(
        _ page: Page, of survey: Survey, language: String, using random: inout SeededGenerator
    ) -> FormPage {
        var values = FormValues()
        var errors: [String: [String]] = [:]
        var presence: [String: QuestionPresence] = [:]
        for question in page.questions {
            let pool = Self.candidates(for: question)
            for name in FieldName.all(of: question) where Bool.random(using: &random) {
                let picked = (0..<Int.random(in: 1...3, using: &random)).map { _ in pool.randomElement(using: &random)!
                }
                values.set(name, Array(picked))
            }
            presence[question.id] = [QuestionPresence.shown, .conditional, .hidden].randomElement(using: &random)
            if Int.random(in: 0..<5, using: &random) == 0 {
                errors[question.id] = ["Bitte <prüfen> Sie „\(question.id)“ & mehr."]
            }
        }
        let position = Int.random(in: 1...4, using: &random)
        let links = survey.languages.map {
            PageLayout.LanguageLink(code: $0, name: PageLayout.nativeName(of: $0), href: "/s/x/p/\(page.id)?lang=\($0)")
        }
        return FormPage(
            context: RenderContext(survey: survey, language: language), page: page, position: position,
            pageCount: Bool.random(using: &random) ? position + Int.random(in: 0...2, using: &random) : nil,
            values: values, errors: errors, presence: presence,
            hidden: HiddenFields(csrf: "csrf-\(random.next())", formKey: "form-\(random.next())"),
            action: "/s/\(survey.id)/p/\(page.id)",
            visibilityURL: Bool.random(using: &random) ? "/s/\(survey.id)/p/\(page.id)/visibility" : nil,
            notice: Bool.random(using: &random) ? "Gespeichert <am> „heute“ & jetzt" : nil,
            layoutLinks: Bool.random(using: &random) ? links : [], isLast: Bool.random(using: &random))
    }

    /// Values a field may hold: the question's own option values and text that needs escaping or is no
    /// valid answer.
    private static func candidates(for question: Question) -> [String] {
        var values = [
            "", "other", Question.otherValue, "na", "true", "false", "1", "3", "2024-03-01", "01.03.2024", "12a",
            "<script>alert('x')</script> & \"q\"", "Zeile\nzwei",
        ]
        switch question.kind {
        case .single(let settings): values += settings.options.map(\.value)
        case .multiple(let settings): values += settings.options.map(\.value)
        case .ranking(let settings): values += settings.options.map(\.value)
        case .matrix(let settings):
            if case .options(let options) = settings.cells { values += options.map(\.value) }
        default: break
        }
        return values
    }
}
