import Foundation
import Testing

@testable import SurveyModel

struct VisibilityTests {
    @Test func conditionsSeeAnswersInFormOrder() {
        let visibility = answerTestSurvey.visibility(of: validTestAnswers, participant: [:], today: testToday)
        #expect(visibility.isVisible(page: "mehr"))
        #expect(visibility.isVisible(question: "moodle_anteil"))
        #expect(visibility.isVisible(question: "hinweis"))
        #expect(!visibility.isVisible(question: "gs_frage"))
    }

    @Test func participantFieldsDecide() {
        let visibility = answerTestSurvey.visibility(
            of: validTestAnswers, participant: ["schulart": "gs"], today: testToday)
        #expect(visibility.isVisible(question: "gs_frage"))
    }

    @Test func aHiddenPageHidesItsQuestions() {
        var answers = validTestAnswers
        answers["internet"] = .single(.option("keiner"))
        let visibility = answerTestSurvey.visibility(of: answers, participant: ["schulart": "gs"], today: testToday)
        #expect(!visibility.isVisible(page: "mehr"))
        #expect(!visibility.isVisible(question: "aussagen"))
        #expect(!visibility.isVisible(question: "gs_frage"))
    }

    @Test func pruningDropsHiddenNotesAndUnknownAnswers() {
        var answers = validTestAnswers
        answers["dienste"] = .multiple(MultipleChoiceAnswer(values: ["bbb"]))
        answers["hinweis"] = .text("x")
        answers["gibtsnicht"] = .text("x")
        let pruned = answerTestSurvey.prunedToVisible(answers, participant: [:], today: testToday)
        #expect(pruned["moodle_anteil"] == nil)
        #expect(pruned["hinweis"] == nil)
        #expect(pruned["gibtsnicht"] == nil)
        #expect(pruned["dienste"] == answers["dienste"])
        #expect(pruned.count == validTestAnswers.count - 1)
    }

    @Test func aHiddenAnswerCountsAsMissingForLaterConditions() {
        var answers = validTestAnswers
        answers["moodle_kurse"] = .number(12)
        #expect(
            answerTestSurvey.visibility(of: answers, participant: [:], today: testToday).isVisible(
                question: "moodle_kurse"))
        // Without moodle, moodle_anteil is hidden; its leftover "viel" must not keep moodle_kurse visible.
        answers["dienste"] = .multiple(MultipleChoiceAnswer(values: ["bbb"]))
        let visibility = answerTestSurvey.visibility(of: answers, participant: [:], today: testToday)
        #expect(!visibility.isVisible(question: "moodle_anteil"))
        #expect(!visibility.isVisible(question: "moodle_kurse"))
        #expect(answerTestSurvey.prunedToVisible(answers, participant: [:], today: testToday)["moodle_kurse"] == nil)
    }

    @Test func answersOnAHiddenPageAreDropped() {
        var answers = validTestAnswers
        answers["internet"] = .single(.option("keiner"))
        let pruned = answerTestSurvey.prunedToVisible(answers, participant: [:], today: testToday)
        #expect(pruned["aussagen"] == nil)
        #expect(pruned["moodle_anteil"] == validTestAnswers["moodle_anteil"])
    }

    static let values: [(path: ReferencePath, value: ExpressionValue)] = [
        (.question("schueler"), .number(300)),
        (.question("internet"), .text("glasfaser")),
        (.question("dienste"), .list([.text("moodle"), .text("other")])),
        (.matrixRow(question: "aussagen", row: "ausreichend"), .number(4)),
        (.matrixRow(question: "aussagen", row: "aktuell"), .missing),
        (.matrixRow(question: "aussagen", row: "fehlt"), .missing),
        (.question("ganztag"), .missing),
        (.participant("schulart"), .text("gym")),
        (.participant("region"), .missing),
    ]

    @Test(arguments: values)
    func contextReadsAnswers(path: ReferencePath, value: ExpressionValue) {
        var answers = validTestAnswers
        answers["dienste"] = .multiple(MultipleChoiceAnswer(values: ["moodle"], other: "Padlet"))
        let context = AnswerContext(answers: answers, participant: ["schulart": "gym"], today: testToday)
        #expect(context.value(of: path) == value)
        #expect(context.today == .date(year: 2024, month: 9, day: 15))
    }

    @Test func todayIsTheSurveysLocalDay() {
        // 23:30 UTC on 31 December 2024 is already 1 January in Berlin.
        let instant = Date(timeIntervalSince1970: 1_735_687_800)
        #expect(answerTestSurvey.today(at: instant).description == "2025-01-01")
    }
}
