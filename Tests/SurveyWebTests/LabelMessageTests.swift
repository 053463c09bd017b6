import HTTPServer
import HTTPServerTesting
import Testing

@testable import SurveyWeb

/// Messages name what the participant saw: the survey's labels, never option values or fixed words.
@Suite struct LabelMessageTests {
    @Test(arguments: [
        ("de", "„Räume“ ist mehrfach gewählt."), ("en", "“rooms” is chosen more than once."),
    ])
    func rankingTwiceNamesTheOptionsLabel(language: String, message: String) async throws {
        let site = try TestSite(survey: "zahlen")
        var browser = await site.school()
        let page = "/s/zahlen/p/wuensche"
        let response = await browser.submitForm(
            on: page + "?lang=\(language)", to: page, [("_action", "next"), ("rang.1", "raeume"), ("rang.2", "raeume")])
        #expect(response.status == .unprocessableContent)
        #expect(response.text.contains(message))
        #expect(!response.text.contains("„raeume“") && !response.text.contains("“raeume”"))
    }

    @Test(arguments: [
        ("de", "Sie haben „anderer Träger“ gewählt."), ("en", "You chose “other provider”."),
    ])
    func otherWithoutTextNamesTheSurveysOwnLabel(language: String, message: String) async throws {
        let site = try TestSite(survey: "zahlen")
        var browser = await site.school()
        let page = "/s/zahlen/p/schule"
        let response = await browser.submitForm(
            on: page + "?lang=\(language)", to: page,
            [("_action", "next"), ("schueler", "100"), ("traeger", "other"), ("ganztag", "kein")])
        #expect(response.status == .unprocessableContent)
        #expect(response.text.contains(message))
        #expect(!response.text.contains("Sonstiges"))
    }
}
