import HTTPServer
import Markup
import SurveyEvaluation
import SurveyModel
import SurveyStore

/// The office's view of a survey's test data: its counts and evaluation, apart from the real
/// responses and labelled „Testdaten“ wherever shown, and a confirmed, CSRF-checked wipe.
extension OfficeSurveyController {
    /// The survey page's section on test data; nothing when the survey has none and no notice is due.
    func testDataSection(
        _ entry: SurveyEntry, query: URLEncodedForm?, ui: UILanguage, csrf: String, into html: inout HTMLBuilder
    ) {
        let testData = OfficeTestData(entry: entry)
        let notice: (phrase: Phrase, isError: Bool)? =
            switch query?["test-data"] {
            case "wiped": (.testDataWiped, false)
            case "unconfirmed": (.wipeUnconfirmed, true)
            case "busy": (.wipeFailed, true)
            default: nil
            }
        guard testData.exists || notice != nil else { return }
        let base = "/admin/s/\(entry.survey.id)"
        html.element("section", [HTMLAttribute("id", "test-data"), HTMLAttribute("class", "test-data")]) { html in
            html.element("h2", text: Phrase.testData.text(ui))
            if let notice {
                html.element(
                    "p",
                    [
                        HTMLAttribute("class", notice.isError ? "error" : "notice"),
                        HTMLAttribute("role", notice.isError ? "alert" : "status"),
                    ], text: notice.phrase.text(ui))
            }
            guard testData.exists else { return }
            html.element("p", text: Phrase.testDataIntro.text(ui))
            do {
                let counts = ResponseCounts(
                    try testData.participation(survey: entry.survey, language: ui.rawValue), of: entry.survey)
                html.element("p", text: "\(Phrase.testData.text(ui)): \(counts.line(ui))")
            } catch {
                html.element("p", [HTMLAttribute("class", "error")], text: Phrase.testDataUnreadable.text(ui))
            }
            html.element("ul") { html in
                html.element("li") { html in
                    html.element(
                        "a", [HTMLAttribute("href", "\(base)/report?data=test")], text: Phrase.testDataReport.text(ui))
                }
            }
            HiddenFields.postForm(to: "\(base)/test-data/wipe", csrf: csrf, into: &html) { html in
                html.element("div", [HTMLAttribute("class", "question")]) { html in
                    html.void(
                        "input",
                        [
                            HTMLAttribute("type", "checkbox"), HTMLAttribute("id", "confirm-wipe"),
                            HTMLAttribute("name", "confirm"), HTMLAttribute("value", "yes"),
                            HTMLAttribute("required", ""),
                        ])
                    html.element(
                        "label", [HTMLAttribute("for", "confirm-wipe")], text: Phrase.wipeTestDataConfirm.text(ui))
                }
                html.element("div", [HTMLAttribute("class", "actions")]) { html in
                    html.element("button", [HTMLAttribute("type", "submit")], text: Phrase.wipeTestData.text(ui))
                }
            }
        }
    }

    /// Deletes the survey's test data once the form confirms it; the real responses are never touched.
    func wipeTestData(_ request: HTTPRequest) throws(Interruption) -> HTTPResponse {
        let entry = try entry(request)
        let form = try checkedForm(request)
        let back = "/admin/s/\(entry.survey.id)"
        guard form["confirm"] == "yes" else { return services.redirect("\(back)?test-data=unconfirmed#test-data") }
        do {
            try TestData.wipe(surveyFolder: entry.log.directory)
        } catch {
            return services.redirect("\(back)?test-data=busy#test-data")
        }
        audit(.testDataWiped, request, object: entry.survey.id)
        return services.redirect("\(back)?test-data=wiped#test-data")
    }
}
