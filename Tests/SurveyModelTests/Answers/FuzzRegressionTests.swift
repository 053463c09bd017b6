import Testing

@testable import SurveyModel

/// Inputs on which fuzzing found answers that do not survive a round trip through a field or storage.
struct FuzzRegressionTests {
    /// What a person typed is read, shown back in a field (as when a draft is continued) and read again unchanged.
    @Test(arguments: [
        // `Double.description` wrote 1e+23, which no field reads back.
        ("bandbreite", "99999999999999999999999", "de"),
        ("bandbreite", "0,000015", "de"),
        ("bandbreite", "-1250000000000000.5", "en"),
        ("bandbreite", "0.00000012345678901234567", "en"),
        // At the 40-character limit: shown back with a leading zero, one character longer.
        ("bandbreite", "," + String(repeating: "0", count: 38) + "1", "de"),
        ("bandbreite", "-." + String(repeating: "0", count: 37) + "1", "en"),
    ])
    func typedAnswerReadsBackFromItsField(questionID: String, typed: String, language: String) throws {
        let question = try testQuestion(questionID)
        let answer = try #require(try question.answer(from: RawAnswer(typed), language: language))
        for shownIn in ["de", "en"] {
            let shown = question.rawAnswer(for: answer, language: shownIn)
            #expect(!shown.value.contains("e"), "shown as \(shown.value)")
            #expect(try question.answer(from: shown, language: shownIn) == answer)
        }
    }

    /// A scale point beyond what a JSON number holds exactly was accepted and stored, then could not be read back.
    @Test(arguments: ["9223372036854775807", "-9223372036854775808", "9007199254740993"])
    func scalePointTooLargeToStoreIsRefused(typed: String) throws {
        let scale = try testQuestion("zufriedenheit")
        #expect(throws: AnswerError.notAScalePoint(typed)) { try scale.answer(from: RawAnswer(typed), language: "de") }
        let matrix = try testQuestion("aussagen")
        #expect(throws: AnswerError.notAScalePoint(typed)) {
            try matrix.answer(from: RawAnswer(rows: ["aktuell": typed]), language: "de")
        }
    }

    /// The largest point that is still stored exactly reads back from storage.
    @Test func largestStorablePointReadsBack() throws {
        let scale = try testQuestion("zufriedenheit")
        let answer = try #require(try scale.answer(from: RawAnswer("9007199254740992"), language: "de"))
        #expect(try Answer(json: answer.json, for: scale) == answer)
    }
}
