import Foundation
import HTTPServer
import HTTPServerTesting
import StrictJSON
import SurveyConversion
import SurveyModel
import SurveyStore
import SyntheticResponses
import Testing

@testable import SurveyWeb

/// Surveys converted from the real LimeSurvey and SurveyJS files are served and answered over HTTP page by
/// page, as a school would answer them, and the stored answers are the ones given.
@Suite struct ConvertedSurveyTests {
    static let fixtures = Fixtures.testsFolder.deletingLastPathComponent().appendingPathComponent(
        "SurveyConversionTests/Fixtures")

    static let sources = [
        "limesurvey/limesurvey_survey_demo.lss", "limesurvey/ls191_sample_survey_multilingual.lss",
        "limesurvey/ls205_group_relevance.lss", "limesurvey/ls5_sample_survey_multilingual_fr_de_en_it.lss",
        "surveyjs/all-question-types.json", "surveyjs/american-history-quiz.json", "surveyjs/car-details.json",
        "surveyjs/medical-service.json", "surveyjs/nps-feedback.json",
    ]

    static func convert(_ source: String) throws -> Conversion {
        let bytes = try [UInt8](Data(contentsOf: fixtures.appendingPathComponent(source)))
        return source.hasSuffix(".lss")
            ? try LimeSurveyConverter.convert(bytes, surveyID: "umgewandelt")
            : try SurveyJSConverter.convert(bytes, id: "umgewandelt", file: source)
    }

    @Test(arguments: sources)
    func aConvertedSurveyIsAnsweredPageByPage(source: String) async throws {
        let conversion = try Self.convert(source)
        let survey = try #require(conversion.result.survey, "\(conversion.result.diagnostics)")
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("converted-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let surveys = root.appendingPathComponent("surveys").path
        try FileManager.default.createDirectory(atPath: surveys, withIntermediateDirectories: true)
        try Data(conversion.bytes).write(to: URL(fileURLWithPath: surveys + "/umgewandelt.json"))
        var configuration = WebApplication.Configuration(
            surveysFolder: surveys, responsesFolder: root.appendingPathComponent("responses").path)
        configuration.passwordIterations = 10
        let application = try WebApplication(configuration: configuration)
        application.reloadSurveys()
        var browser = TestBrowser(
            client: try TestMode.router.client(for: application.router), carriedFields: TestBrowser.surveyFormFields)
        if survey.access == .token {
            let registry = try #require(application.participants(of: "umgewandelt"))
            let invitation = try #require(
                registry.register([ParticipantImport.Row(id: "schule-1", label: "Schule", email: nil, fields: [:])])
                    .first)
            application.reloadSurveys()
            #expect(await browser.get("/t/\(invitation.token)").status == .seeOther)
        } else {
            // A public survey gives the browser its response on the welcome page.
            #expect(await browser.get("/s/umgewandelt").status == .ok)
        }

        let today = CalendarDate(year: 2026, month: 12, day: 5) ?? survey.today()
        let answers = ResponseGenerator(survey: survey, seed: 5, today: today).response(1).answers
        let values = FormValues(answers: answers, survey: survey, language: survey.defaultLanguage)
        var address = "/s/umgewandelt/p/\(try #require(survey.pages.first).id)"
        for _ in 0...survey.pages.count where address.contains("/p/") {
            let pageID = String(address.split(separator: "/").last ?? "")
            let page = try #require(survey.pages.first { $0.id == pageID }, "\(address)")
            let names = Set(page.questions.flatMap { FieldName.valueLimits(of: $0).map(\.name) })
            let fields = values.fields.filter { names.contains($0.key) }.flatMap { name, list in
                list.map { (name, $0) }
            }
            let response = await browser.submitForm(on: address, to: address, fields + [("_action", "next")])
            #expect(response.status == .seeOther, "page \(pageID) of \(source): \(response.text.prefix(2000))")
            guard response.status == .seeOther, let next = response.location else { return }
            address = next
        }
        #expect(address.hasSuffix("/review"), "\(source) ends at \(address)")
        let review = await browser.get("/s/umgewandelt/review")
        let submitted = await browser.post("/s/umgewandelt/submit", TestBrowser.hiddenFields(review.text))
        #expect(submitted.status == .seeOther && submitted.location == "/s/umgewandelt/done")

        let records = try #require(application.responseLog(of: "umgewandelt")).submittedRecords()
        #expect(records.count == 1)
        let stored = try Answers(json: try #require(records.first?.answers), in: survey)
        #expect(stored == answers, "\(source)")
    }
}
