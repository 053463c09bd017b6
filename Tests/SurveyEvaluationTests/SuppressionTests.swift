import TestSupport
import Testing

@testable import SurveyEvaluation

/// Small-cell suppression: primary cells, complementary cells, and groups.
struct SuppressionTests {
    /// A plan with one single-choice question of three options, broken down by four groups.
    private static func evaluation(_ answers: [(option: Int, group: Int)], minGroupSize: Int = 5) -> EvaluationResult {
        let plan = EvaluationPlan(
            surveyID: "s", title: "S",
            questions: [QuestionPlan(id: "q", title: "Q", kind: .single(options: Fixtures.options, other: nil))],
            breakdown: Breakdown(id: "gruppe", label: "Gruppe", groups: Fixtures.groups), minGroupSize: minGroupSize)
        var evaluation = Evaluation(plan: plan)
        for answer in answers {
            evaluation.add(ResponseFacts(observations: [.option(answer.option)], shown: [true], group: answer.group))
        }
        return evaluation.result()
    }

    private static func answers(_ counts: [[Int]]) -> [(option: Int, group: Int)] {
        counts.enumerated().flatMap { group, options in
            options.enumerated().flatMap { option, count in
                Array(repeating: (option: option, group: group), count: count)
            }
        }
    }

    @Test func subtractionCannotRevealAHiddenCell() {
        // Total column: a = 10, b = 2, c = 8. Hiding only b would leave it as
        // answered (20) − 10 − 8; the smallest other cell goes too.
        let result = Self.evaluation(Self.answers([[10, 2, 8]]))
        let total = result.questions[0].total
        #expect(total.base.answered == 20)
        #expect(total.frequencies.map(\.count) == [10, nil, nil])
        #expect(total.frequencies.map(\.percent) == [50, nil, nil])
        #expect(result.hasSuppressions)
    }

    @Test func groupCellsAcrossARowAreProtected() {
        // Option b: 3 in g1 (small) and 9 in g2; the total 12 is shown, so g2's 9
        // must be hidden too, or 12 − 9 gives g1's 3.
        let result = Self.evaluation(Self.answers([[6, 3, 6], [7, 9, 7]]))
        let entry = result.questions[0]
        #expect(entry.total.frequencies.map(\.count) == [13, 12, 13])
        #expect(entry.groups[0].frequencies[1].count == nil)
        #expect(entry.groups[1].frequencies[1].count == nil)
        #expect(SuppressionTests.isSafe(entry))
    }

    @Test func aSmallGroupAndTheNextSmallestAreHidden() {
        let result = Self.evaluation(Self.answers([[10, 10, 10], [1, 1, 1], [4, 4, 4], [20, 0, 0]]))
        let groups = result.breakdown?.groups ?? []
        #expect(groups.map(\.suppressed) == [false, true, true, false])
        #expect(groups.map(\.responses) == [30, nil, nil, 20])
        #expect(result.questions[0].groups[1].suppressed)
        #expect(result.questions[0].groups[1].base == Base(submitted: nil, shown: nil, answered: nil))
        #expect(result.questions[0].groups[2].frequencies.allSatisfy { $0.count == nil })
        #expect(SuppressionTests.isSafe(result.questions[0]))
    }

    /// The entry points other tables (such as response rates) use for their own counts.
    @Test func groupsAndCountsForOtherTables() {
        let rules = SmallCellSuppression(threshold: 5)
        #expect([0, 1, 4, 5].map(rules.isSmall) == [false, true, true, false])
        #expect(rules.hiddenGroups([30, 3, 7, 20]) == [false, true, true, false])
        #expect(rules.hiddenGroupReasons([30, 3, 7, 20]) == [nil, .fewAnswers, .protectsOthers, nil])
        #expect(rules.hiddenGroups([30, 3, 4, 20]) == [false, true, true, false])
        #expect(SmallCellSuppression(threshold: 1).hiddenGroups([1, 0]) == [false, false])
    }

    @Test func thresholdOneTurnsSuppressionOff() {
        let result = Self.evaluation(Self.answers([[1, 2, 0], [0, 0, 1]]), minGroupSize: 1)
        #expect(!result.hasSuppressions)
        #expect(result.questions[0].groups[0].frequencies.map(\.count) == [1, 2, 0])
    }

    @Test func statisticsOfTooFewValuesAndSingleValuesAreHidden() {
        let plan = EvaluationPlan(
            surveyID: "s", title: "S",
            questions: [QuestionPlan(id: "n", title: "N", kind: .number(integer: true, unit: nil))])
        var few = Evaluation(plan: plan)
        var many = Evaluation(plan: plan)
        for value in 1...3 { few.add(ResponseFacts(observations: [.number(Double(value))], shown: [true])) }
        for value in 1...9 { many.add(ResponseFacts(observations: [.number(Double(value))], shown: [true])) }
        #expect(few.result().questions[0].total.stats == Summary(n: 3))
        let stats = many.result().questions[0].total.stats
        #expect(stats?.mean == 5)
        #expect(stats?.min == nil)
        #expect(stats?.max == nil)
    }

    @Test func footnoteExplainsOnlyTheMarksThatOccur() {
        let german = OutputLanguage(code: "de")
        #expect(
            german.footnote(minGroupSize: 5, reasons: [.protectsOthers])
                == "(—) = ausgeblendet, damit andere ausgeblendete Werte nicht errechnet werden können.")
        let english = OutputLanguage(code: "en").footnote(minGroupSize: 5, reasons: [.fewAnswers, .sameAnswer])
        #expect(english.hasPrefix("— = fewer than 5 answers (median and quartiles: fewer than 20). [—] = all"))
        #expect(german.footnote(minGroupSize: 5, reasons: []).isEmpty)
    }

    @Test func textOutputMarksEachReason() {
        // g1: 9 of 10 chose a (same answer); the total's row then needs a second hidden group cell.
        let result = Self.evaluation(Self.answers([[9, 0, 1], [6, 6, 5], [7, 5, 6]]))
        let text = result.text(language: OutputLanguage(code: "de"))
        let rowA = text.split(separator: "\n").first { $0.hasPrefix("  A ") }.map(String.init) ?? ""
        #expect(rowA.contains("[—]"))
        #expect(rowA.contains("(—)"))
        #expect(text.contains("[—] = alle oder fast alle in der Gruppe haben dieselbe Antwort gegeben"))
        #expect(!text.contains("— = weniger als"))
    }

    @Test func rankedCountsAreProtectedAcrossGroups() {
        // Option a is ranked by 3 of g1's 10 and by 5 of g2's 10 schools; the total's 8 is shown,
        // so g2's 5 goes too, or 8 − 5 gives g1's 3. Option b is ranked (first) by everybody.
        let plan = EvaluationPlan(
            surveyID: "s", title: "S",
            questions: [QuestionPlan(id: "r", title: "R", kind: .ranking(options: Fixtures.options, rankCount: 2))],
            breakdown: Breakdown(id: "gruppe", label: "Gruppe", groups: Array(Fixtures.groups.prefix(2))),
            minGroupSize: 5)
        var evaluation = Evaluation(plan: plan)
        for (group, rankingA) in [(0, 3), (1, 5)] {
            for school in 0..<10 {
                let ranking = school < rankingA ? [1, 0] : [1, 2]
                evaluation.add(ResponseFacts(observations: [.ranking(ranking)], shown: [true], group: group))
            }
        }
        let entry = evaluation.result().questions[0]
        #expect(entry.total.ranking.map(\.ranked) == [8, 20, 12])
        #expect(entry.groups.map { $0.ranking[0].ranked } == [nil, nil])
        #expect(entry.groups.map { $0.ranking[0].rankedWithheld } == [.fewAnswers, .protectsOthers])
        #expect(entry.groups.map { $0.ranking[0].meanRank } == [nil, nil])
    }

    /// Random tables, checked against the rules a reader would use to recover a cell.
    @Test(arguments: [11, 12, 13, 14, 15])
    func randomTablesLeaveNothingRecoverable(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        for _ in 0..<50 {
            let counts = (0..<4).map { _ in (0..<3).map { _ in Int.random(in: 0...12, using: &generator) } }
            let entry = Self.evaluation(Self.answers(counts)).questions[0]
            #expect(SuppressionTests.isSafe(entry), "\(counts)")
            // Nothing visible is below the threshold.
            for column in [entry.total] + entry.groups {
                #expect(column.frequencies.allSatisfy { ($0.count ?? 0) == 0 || ($0.count ?? 0) >= 5 })
            }
        }
    }

    /// No column with a published base hides exactly one cell, and no row with a
    /// published total hides exactly one group cell.
    static func isSafe(_ entry: QuestionEntry) -> Bool {
        let columns = [entry.total] + entry.groups
        for column in columns where column.base.answered != nil && !column.suppressed {
            if column.frequencies.count(where: { $0.count == nil }) == 1 { return false }
        }
        for row in entry.total.frequencies.indices where entry.total.frequencies[row].count != nil {
            let hidden = entry.groups.count { $0.frequencies[row].count == nil }
            if hidden == 1 { return false }
        }
        return true
    }
}
