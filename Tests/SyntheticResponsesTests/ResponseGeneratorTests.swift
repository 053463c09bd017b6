import Foundation
import StrictJSON
import SurveyModel
import Testing

@testable import SyntheticResponses

/// The shipped surveys, loaded from the repository.
enum ShippedSurveys {
    static func load(_ id: String) throws -> Survey {
        let path = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("surveys/\(id).json").path
        let result = Survey.load(path: path)
        return try #require(result.survey, "\(result.diagnostics.map(\.message))")
    }

    static let today = CalendarDate(year: 2026, month: 11, day: 27)
}

struct ResponseGeneratorTests {
    private func responses(_ survey: Survey, count: Int, seed: UInt64) throws -> [GeneratedResponse] {
        var generator = ResponseGenerator(survey: survey, seed: seed, today: try #require(ShippedSurveys.today))
        return (0..<count).map { _ in generator.next() }
    }

    @Test(arguments: ["digitale-bildung", "fortbildung-feedback"])
    func thousandsOfResponsesAreValid(id: String) throws {
        let survey = try ShippedSurveys.load(id)
        let today = try #require(ShippedSurveys.today)
        for (index, response) in try responses(survey, count: 1500, seed: 42).enumerated() {
            let issues = survey.validate(response.answers, participant: response.participant, today: today)
            #expect(issues.isEmpty, "response \(index): \(issues.map { "\($0.questionID): \($0.message(in: "en"))" })")
            // Nothing hidden is kept: the answers are already what a submission stores.
            #expect(
                survey.prunedToVisible(response.answers, participant: response.participant, today: today)
                    == response.answers)
            if !issues.isEmpty { break }
        }
    }

    @Test func storedFormIsLossless() throws {
        let survey = try ShippedSurveys.load("digitale-bildung")
        for response in try responses(survey, count: 500, seed: 77) {
            let json = response.answers.json(in: survey)
            #expect(try Answers(json: json, in: survey) == response.answers)
            #expect(
                try Answers(json: JSON(JSONDocument(parsing: json.serialized()).root), in: survey) == response.answers)
        }
    }

    @Test func theSeedDecidesEverything() throws {
        let survey = try ShippedSurveys.load("digitale-bildung")
        let first = try responses(survey, count: 50, seed: 9)
        #expect(first == (try responses(survey, count: 50, seed: 9)))
        #expect(first != (try responses(survey, count: 50, seed: 10)))
    }

    @Test func responsesCanBeDrawnOutOfOrder() throws {
        let survey = try ShippedSurveys.load("digitale-bildung")
        let generator = ResponseGenerator(survey: survey, seed: 11, today: try #require(ShippedSurveys.today))
        let inOrder = try responses(survey, count: 5, seed: 11)
        #expect([5, 3, 1].map(generator.response) == [inOrder[4], inOrder[2], inOrder[0]])
        #expect(generator.response(2) != generator.response(3))
    }

    @Test func distributionsFollowThePublishedFigures() throws {
        let survey = try ShippedSurveys.load("digitale-bildung")
        let sample = try responses(survey, count: 3000, seed: 2026)
        func share(_ id: String, where predicate: (Answer) -> Bool) -> Double {
            let answered = sample.compactMap { $0.answers[id] }
            return Double(answered.filter(predicate).count) / Double(max(1, answered.count))
        }
        func number(_ response: GeneratedResponse, _ id: String) -> Double {
            if case .number(let value)? = response.answers[id] { return value }
            return 0
        }
        let someWifi = share("wlan_anteil") { $0 != .single(.option("0")) }
        let allRooms = share("wlan_anteil") { $0 == .single(.option("100")) }
        #expect(abs(someWifi - 0.98) < 0.01, "\(someWifi)")
        #expect(abs(allRooms - 0.77) < 0.025, "\(allRooms)")
        let teachers = share("support") { answer in
            guard case .multiple(let choice) = answer else { return false }
            return choice.values.contains("lk_anrechnung") || choice.values.contains("lk_ohne")
        }
        #expect(abs(teachers - 0.62) < 0.03, "\(teachers)")
        let pupils = sample.reduce(0) { $0 + number($1, "schueler") }
        let devices = sample.reduce(0) { $0 + number($1, "pcs") + number($1, "notebooks") + number($1, "tablets") }
        #expect(abs(pupils / devices - 9.7) < 1.0, "\(pupils / devices) pupils per device")
    }

    @Test func skipLogicAndOptionalQuestionsShow() throws {
        let survey = try ShippedSurveys.load("digitale-bildung")
        let sample = try responses(survey, count: 1000, seed: 5)
        var otherTexts = 0
        var unansweredOptional = 0
        for response in sample {
            if case .single(.option("keiner"))? = response.answers["internet"] {
                #expect(response.answers["bandbreite"] == nil)
            }
            if case .multiple(let choice)? = response.answers["dienste"], !choice.values.contains("moodle") {
                #expect(response.answers["moodle_anteil"] == nil)
            }
            if case .single(.other)? = response.answers["schulart"] { otherTexts += 1 }
            if case .multiple(let choice)? = response.answers["dienste"], choice.other != nil { otherTexts += 1 }
            if response.answers["netz_zufriedenheit"] == nil { unansweredOptional += 1 }
            #expect(response.participant["schulart"] != nil && response.participant["region"] != nil)
        }
        #expect(otherTexts > 25)
        #expect((50...250).contains(unansweredOptional), "\(unansweredOptional)")
    }

    @Test func publicSurveysHaveNoParticipant() throws {
        let survey = try ShippedSurveys.load("fortbildung-feedback")
        #expect(try responses(survey, count: 20, seed: 1).allSatisfy { $0.participant.isEmpty })
    }
}
