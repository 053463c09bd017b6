import Foundation
import SurveyEvaluation
import SurveyModel
import SurveyStore
import SyntheticResponses

/// The example school survey with generated responses and a few hand-made awkward ones: the table
/// every format's tests write and read back.
enum ExportFixture {
    static let surveyPath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("surveys/digitale-bildung.json").path

    static func survey() throws -> Survey {
        guard let survey = Survey.load(path: surveyPath).survey else { throw FixtureError.surveyDoesNotLoad }
        return survey
    }

    /// `count` generated responses, then awkward texts and numbers: formula characters, umlauts, line
    /// breaks, quotes, markup, decimals and negative numbers.
    static func table(count: Int = 120, language: String = "de", includesPersonal: Bool = true) throws -> ExportTable {
        let survey = try survey()
        let generator = ResponseGenerator(
            survey: survey, seed: 11, today: CalendarDate(year: 2026, month: 11, day: 27) ?? survey.today())
        var responses = (1...count).map { index in
            ExportResponse(
                id: "r\(index)", participantID: index.isMultiple(of: 3) ? nil : "schule-\(index)",
                submitted: Timestamp(millisecondsSince1970: 1_790_000_000_000 + Int64(index) * 3_600_123),
                answers: generator.response(index).answers)
        }
        let awkward = [
            "=SUMME(A1:A9)", "+49 621 1234", "-rechts", "@Schulleitung", "Müller & Söhne <b>fett</b>",
            "Zeile 1\nZeile 2\r\nZeile 3", "„Anführungszeichen“ und \"quotes\", Semikolon;", "Ünïcödé ✓ 😀",
        ]
        for (offset, text) in awkward.enumerated() {
            var answers = responses[offset].answers
            answers["schulname"] = .text(text)
            answers["anmerkungen"] = .text(text)
            answers["bandbreite"] = .number([-2.5, 0.125, 1e-5, 123_456.75, 3.5, -17, 0, 99.99][offset])
            responses.append(
                ExportResponse(
                    id: "awkward-\(offset)", participantID: "schule-awkward-\(offset)",
                    submitted: Timestamp(millisecondsSince1970: 1_790_000_000_000 + Int64(offset)), answers: answers))
        }
        return ExportTable(
            layout: ExportLayout(survey: survey, language: language, includesPersonal: includesPersonal),
            responses: responses)
    }

    enum FixtureError: Error {
        case surveyDoesNotLoad
    }
}
