import SurveyModel
import TestSupport
import Testing

@testable import SurveyWeb

@Suite struct RenderingGoldenTests {
    let survey = Fixtures.allTypes
    let hidden = HiddenFields(csrf: "csrf-token", formKey: "form-key")
    let links = [PageLayout.LanguageLink(code: "en", name: "English", href: "?lang=en")]

    private func page(
        _ index: Int, language: String = "de", values: FormValues = FormValues(), errors: [String: [String]] = [:]
    ) -> String {
        let context = RenderContext(survey: survey, language: language)
        let page = survey.pages[index]
        let presence: [String: QuestionPresence] = ["viele": .conditional]
        let rendered = FormPage(
            context: context, page: page, position: index + 1, pageCount: 2, values: values, errors: errors,
            presence: presence, hidden: hidden, action: "/s/alle-typen/p/\(page.id)",
            visibilityURL: "/s/alle-typen/p/\(page.id)/visibility", notice: nil, layoutLinks: links, isLast: index == 1
        ).render()
        return String(decoding: rendered, as: UTF8.self)
    }

    private var typedValues: FormValues {
        var values = FormValues()
        values.set("name", ["<script>alert('typed')</script> & \"q\""])
        values.set("anzahl", ["12a"])
        values.set("art", ["other"])
        values.set("art.other", ["Eigenes <b>"])
        values.set("viele", ["m1", "m2"])
        values.set("ja", ["true"])
        values.set("skala", ["na"])
        values.set("matrix.r1", ["2"])
        values.set("rang.1", ["q"])
        values.set("rang.2", ["p"])
        values.set("datum", ["01.03.2024"])
        return values
    }

    @Test func firstPageEveryTextEscaped() {
        let html = page(0)
        Fixtures.golden.expect(html, matches: "page-one.html")
        #expect(!html.contains("<script>alert"))
        #expect(!html.contains("<b>"))
    }

    @Test func secondPageInEnglish() {
        Fixtures.golden.expect(page(1, language: "en"), matches: "page-two-en.html")
    }

    @Test func errorStateKeepsTypedValuesAndLinksEachError() {
        let errors = [
            "anzahl": ["Bitte geben Sie eine ganze Zahl ein."], "name": ["Bitte <füllen> Sie dieses Feld aus."],
        ]
        let html = page(0, values: typedValues, errors: errors)
        Fixtures.golden.expect(html, matches: "page-one-errors.html")
        #expect(html.contains("Bitte korrigieren Sie 2 Angaben"))
        #expect(html.contains("href=\"#f-name\""))
        #expect(html.contains("href=\"#f-anzahl\""))
        #expect(html.contains("value=\"12a\""))
        #expect(html.contains("aria-describedby=\"u-anzahl e-anzahl\""))
        #expect(!html.contains("<script>alert('typed')"))
    }

    @Test func reviewConfirmationAndBlankQuestionnaire() {
        let context = RenderContext(survey: survey, language: "de")
        let pages = survey.pages.prefix(2).map { (page: $0, questions: $0.questions) }
        let review = ReviewPage(
            context: context, pages: pages, values: typedValues, hidden: hidden,
            pageURL: { "/s/alle-typen/p/\($0.id)" },
            submitURL: "/s/alle-typen/submit", layoutLinks: links
        ).render()
        Fixtures.golden.expect(String(decoding: review, as: UTF8.self), matches: "review.html")
        let confirmation = ConfirmationPage(
            context: context, time: "27.11.2026, 10:15 Uhr", responseNumber: "R-42", pages: pages, values: typedValues,
            changeURL: "/s/alle-typen", layoutLinks: links
        ).render()
        Fixtures.golden.expect(String(decoding: confirmation, as: UTF8.self), matches: "confirmation.html")
        let blank = BlankQuestionnaire(context: context, layoutLinks: links).render()
        Fixtures.golden.expect(String(decoding: blank, as: UTF8.self), matches: "blank.html")
        let welcome = WelcomePage(
            context: context, layoutLinks: links, startURL: "/s/alle-typen/p/eins", hasDraft: false, submittedAt: nil,
            printURL: "/s/alle-typen/print"
        ).render()
        Fixtures.golden.expect(String(decoding: welcome, as: UTF8.self), matches: "welcome.html")
        for rendered in [review, confirmation, blank, welcome] {
            let text = String(decoding: rendered, as: UTF8.self)
            #expect(!text.contains("<script>alert"))
            #expect(!text.contains("<b>"))
            #expect(!text.contains("<i>"))
        }
    }
}
