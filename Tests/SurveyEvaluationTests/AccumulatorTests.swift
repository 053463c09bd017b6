import TestSupport
import Testing

@testable import SurveyEvaluation

/// The accumulators against a naive recount of the same responses.
struct AccumulatorTests {
    @Test(arguments: [0, 1, 2, 40, 400])
    func matchesNaiveRecount(count: Int) throws {
        var generator = SeededGenerator(seed: UInt64(count) &* 31 &+ 5)
        let responses = (0..<count).map { _ in Fixtures.randomFacts(using: &generator) }
        var evaluation = Evaluation(plan: Fixtures.plan())
        for facts in responses { evaluation.add(facts) }
        let result = evaluation.result(includeTexts: true)
        #expect(result.responses == count)
        #expect(!result.hasSuppressions)
        let questions = result.questions.map(\.total)
        try #require(questions.count == Fixtures.questions.count)

        func column(_ index: Int) -> [Observation] { responses.map { $0.observations[index] } }
        func answered(_ index: Int) -> Int { column(index).count { $0 != .missing } }
        for (index, question) in questions.enumerated() {
            #expect(question.base.submitted == count)
            #expect(question.base.shown == responses.count { $0.shown[index] }, "\(question.id)")
            if question.type != "matrix" { #expect(question.base.answered == answered(index), "\(question.id)") }
        }

        // single: options, then "other"; percentages of the answered base
        let single = column(0)
        let expectedSingle =
            (0..<3).map { option in single.count { $0 == .option(option) } } + [
                single.count { if case .other = $0 { true } else { false } }
            ]
        #expect(questions[0].frequencies.map(\.count) == expectedSingle)
        if answered(0) > 0 {
            #expect(isClose(questions[0].frequencies[0].percent, Double(expectedSingle[0]) * 100 / Double(answered(0))))
        }
        #expect(questions[0].texts?.count == expectedSingle[3])

        // multiple: respondents per option, percentages of the shown base
        let multiple = column(1)
        for option in 0..<3 {
            let chosen = multiple.count { if case .options(let list, _) = $0 { list.contains(option) } else { false } }
            #expect(questions[1].frequencies[option].count == chosen)
        }
        #expect(questions[1].percentBase == .shown)
        #expect(questions[1].selections.compactMap(\.count).reduce(0, +) == questions[1].base.shown)

        // scale: "not applicable" counted but out of the statistics
        let points = column(3).compactMap { if case .point(let p) = $0 { Double(p) } else { nil } }
        #expect(questions[3].frequencies.last?.count == column(3).count { $0 == .notApplicable })
        #expect(questions[3].stats?.n == points.count)
        #expect(isClose(questions[3].stats?.mean, NaiveStatistics.mean(points)))
        #expect(isClose(questions[3].stats?.sd, NaiveStatistics.sd(points)))
        #expect(questions[3].stats?.median == NaiveStatistics.quantile(points, 0.5))

        // number
        let numbers = column(4).compactMap { if case .number(let n) = $0 { n } else { nil } }
        #expect(questions[4].stats?.q1 == NaiveStatistics.quantile(numbers, 0.25))
        #expect(questions[4].stats?.q3 == NaiveStatistics.quantile(numbers, 0.75))
        #expect(questions[4].stats?.min == numbers.min())
        #expect(questions[4].histogram.compactMap(\.count).reduce(0, +) == numbers.count)

        // matrix: the first row is sometimes left out
        let firstRow = column(5).compactMap { observation -> Double? in
            guard case .cells(let cells) = observation, case .point(let p)? = cells.first ?? nil else { return nil }
            return Double(p)
        }
        #expect(questions[5].rows.first?.base.answered == firstRow.count)
        #expect(isClose(questions[5].rows.first?.stats?.mean, NaiveStatistics.mean(firstRow)))

        // ranking: mean place and firsts
        let rankings = column(6).compactMap { if case .ranking(let order) = $0 { order } else { nil } }
        for option in 0..<3 {
            let places = rankings.compactMap { $0.firstIndex(of: option).map { Double($0 + 1) } }
            #expect(isClose(questions[6].ranking[option].meanRank, NaiveStatistics.mean(places)))
            #expect(questions[6].ranking[option].first == rankings.count { $0.first == option })
        }

        // text and date
        #expect(questions[7].texts?.count == answered(7))
        let days = column(8).compactMap {
            if case .date(let y, let m, let d) = $0 { y * 10000 + m * 100 + d } else { nil }
        }
        #expect(questions[8].months.compactMap(\.count).reduce(0, +) == days.count)
        if let first = days.min() {
            #expect(questions[8].dateRange?.from == "2026-\(two(first / 100 % 100))-\(two(first % 100))")
        }
    }

    /// Removing responses leaves exactly the aggregates of never having added them.
    @Test(arguments: [1, 2, 3])
    func removalUndoesAddition(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let kept = (0..<60).map { _ in Fixtures.randomFacts(using: &generator) }
        let revised = (0..<40).map { _ in Fixtures.randomFacts(using: &generator) }
        var incremental = Evaluation(plan: Fixtures.plan(breakdown: true))
        for (index, facts) in kept.enumerated() {
            incremental.add(facts)
            if revised.indices.contains(index) { incremental.add(revised[index]) }
        }
        for facts in revised { incremental.remove(facts) }
        var fresh = Evaluation(plan: Fixtures.plan(breakdown: true))
        for facts in kept { fresh.add(facts) }
        #expect(incremental == fresh)
        #expect(incremental.result() == fresh.result())
    }

    @Test func emptySurveyHasZeroBasesAndNoFigures() {
        let result = Evaluation(plan: Fixtures.plan()).result()
        #expect(result.responses == 0)
        for entry in result.questions {
            #expect(entry.total.base == Base(submitted: 0, shown: 0, answered: 0))
            #expect(entry.total.frequencies.allSatisfy { $0.count == 0 && $0.percent == nil })
            #expect(entry.total.stats.map { $0 == Summary(n: 0) } ?? true)
        }
    }

    @Test func allMissingCountsShownButNotAnswered() {
        var evaluation = Evaluation(plan: Fixtures.plan())
        let facts = ResponseFacts(
            observations: Array(repeating: .missing, count: Fixtures.questions.count),
            shown: Array(repeating: true, count: Fixtures.questions.count))
        evaluation.add(facts)
        evaluation.add(facts)
        for entry in evaluation.result().questions {
            #expect(entry.total.base.shown == 2)
            #expect(entry.total.base.answered == 0)
        }
    }

    @Test func optionsNobodyChoseAreListedWithZero() {
        var evaluation = Evaluation(plan: Fixtures.plan())
        var observations = Array(repeating: Observation.missing, count: Fixtures.questions.count)
        observations[0] = .option(1)
        evaluation.add(ResponseFacts(observations: observations, shown: observations.map { _ in true }))
        let single = evaluation.result().questions[0].total
        #expect(single.frequencies.map(\.value) == ["a", "b", "c", "other"])
        #expect(single.frequencies.map(\.count) == [0, 1, 0, 0])
        #expect(single.frequencies.map(\.percent) == [0, 100, 0, 0])
    }

    @Test func answersOutsideThePlanCountAsMissing() {
        var evaluation = Evaluation(plan: Fixtures.plan())
        var observations = Array(repeating: Observation.missing, count: Fixtures.questions.count)
        observations[0] = .option(7)
        observations[3] = .point(9)
        observations[2] = .number(3) // wrong type for a boolean
        observations[4] = .number(.nan)
        evaluation.add(ResponseFacts(observations: observations, shown: observations.map { _ in true }))
        for entry in evaluation.result().questions { #expect(entry.total.base.answered == 0, "\(entry.total.id)") }
    }

    private func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
}
