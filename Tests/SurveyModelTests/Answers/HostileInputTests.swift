import StrictJSON
import Testing

@testable import SurveyModel

/// Whatever a form posts or a log holds, reading and checking it answers with a value or an error, never a trap.
struct HostileInputTests {
    private static let pieces = [
        "0", "1", "9", "12", ".", ",", "-", "+", "−", " ", "\u{A0}", "e", "na", "other", "glasfaser", "2024", "-03",
        "29.02.", "ß", "🙂", "\u{0}", "\r\n", String(repeating: "9", count: 30), "moodle", "wlan", "true",
    ]

    @Test func postedTextNeverTraps() throws {
        // A fixed linear congruential sequence, so a failure can be replayed.
        var state: UInt64 = 42
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        func text() -> String { (0..<next(5)).map { _ in Self.pieces[next(Self.pieces.count)] }.joined() }
        var answers = validTestAnswers
        var read = 0
        for question in answerTestSurvey.questions {
            for _ in 0..<200 {
                let rows = Dictionary(
                    uniqueKeysWithValues: ["ausreichend", "aktuell", "beamer", "x"].map { ($0, text()) })
                let raw = RawAnswer(values: (0..<next(4)).map { _ in text() }, other: text(), rows: rows)
                let answer: Answer?
                do {
                    answer = try question.answer(from: raw, language: next(2) == 0 ? "de" : "en")
                } catch {
                    #expect(!error.message(in: "de").isEmpty)
                    continue
                }
                read += 1
                answers[question.id] = answer
                for issue in answerTestSurvey.validate(answers, participant: ["schulart": "gs"], today: testToday) {
                    #expect(!issue.message(in: "en").isEmpty)
                }
                if let answer { #expect(try Answer(json: answer.json, for: question) == answer) }
            }
        }
        #expect(read > 500)
    }
}
