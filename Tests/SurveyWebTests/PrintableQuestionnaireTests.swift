import Foundation
import HTTPServer
import HTTPServerTesting
import Testing

@testable import SurveyWeb

/// The blank questionnaire of a token survey is for its participants unless the definition makes it public.
@Suite struct PrintableQuestionnaireTests {
    @Test func tokenSurveyShowsItsQuestionsOnlyWithAGrant() async throws {
        let site = try TestSite()
        var stranger = site.browser()
        let refused = await stranger.get("/s/alle-typen/print")
        #expect(refused.status == .forbidden)
        #expect(refused.text.contains("nur für eingeladene Teilnehmende sichtbar"))
        #expect(refused.text.contains("<h1>Fragebogen nur für Eingeladene</h1>"))
        #expect(!refused.text.contains("abgelaufen"))
        #expect(!refused.text.contains("<fieldset"))
        var school = await site.school()
        let printed = await school.get("/s/alle-typen/print")
        #expect(printed.status == .ok)
        #expect(printed.text.contains("<fieldset") || printed.text.contains("<h2"))
    }

    @Test func definitionCanMakeTheQuestionnairePublic() async throws {
        let site = try TestSite()
        let file = site.surveys + "/alle-typen.json"
        let opened = try String(contentsOfFile: file, encoding: .utf8)
            .replacingOccurrences(
                of: "\"access\": \"token\",", with: "\"access\": \"token\", \"publicQuestionnaire\": true,")
        try opened.write(toFile: file, atomically: true, encoding: .utf8)
        site.application.reloadSurveys()
        var stranger = site.browser()
        #expect(await stranger.get("/s/alle-typen/print").status == .ok)
    }

    @Test func publicSurveyQuestionnaireIsPublic() async throws {
        let site = try TestSite(survey: "oeffentlich")
        var stranger = site.browser()
        #expect(await stranger.get("/s/oeffentlich/print").status == .ok)
    }
}

/// Conditions read as words addressed to the respondent, in the language of the page.
@Suite struct ConditionHintTests {
    @Test func conditionsAndRequiredIfInWordsInEachLanguage() async throws {
        let site = try TestSite()
        let file = site.surveys + "/alle-typen.json"
        let definition = try String(contentsOfFile: file, encoding: .utf8)
            .replacingOccurrences(
                of: "\"visibleIf\": \"art == 'a'\",",
                with: "\"visibleIf\": \"art == 'a'\", \"requiredIf\": \"participant.schulart != 'gym'\",")
        try definition.write(toFile: file, atomically: true, encoding: .utf8)
        site.application.reloadSurveys()
        var school = await site.school()
        let german = await school.get("/s/alle-typen/print?lang=de").text
        #expect(
            german.contains(
                "Nur zu beantworten, wenn Sie bei „Art &quot;radio&quot;“ „Option &lt;a&gt; &amp; &#39;b&#39;“ gewählt haben."
            ))
        #expect(german.contains("(Pflichtangabe, wenn für Sie bei „Schulart“ nicht „Gymnasium“ hinterlegt ist)"))
        #expect(german.contains("Diese Seite nur ausfüllen, wenn für Sie bei „Schulart“ „Gymnasium“ hinterlegt ist."))
        #expect(!german.contains("=="))
        let english = await school.get("/s/alle-typen/print?lang=en").text
        #expect(
            english.contains(
                "Please answer only if you chose “Option &lt;a&gt; &amp; &#39;b&#39;” in “Art &quot;radio&quot;”."))
        #expect(english.contains("(required if “Gymnasium” is not on record for you as “Schulart”)"))
        #expect(!english.contains("„"))
    }

    @Test func hintEndsWithOneStop() {
        #expect(
            Phrase.conditionHint("you chose “A” in “Why?”").text(.en) == "Please answer only if you chose “A” in “Why?”"
        )
        #expect(
            Phrase.conditionHint("Sie „A“ gewählt haben").text(.de) == "Nur zu beantworten, wenn Sie „A“ gewählt haben."
        )
    }
}
