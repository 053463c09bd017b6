import TestSupport
import Testing

@testable import SurveyEvaluation

/// Distributions end where answers must end: the number of choices at the
/// question's maximum, histogram bins at its `max`, dates between the first
/// and the last answer in bins few enough to read.
@Suite struct AnswerLimitTests {
    /// The total result of `question` over one response per observation, without suppression.
    static func result(_ question: QuestionPlan, _ observations: [Observation]) -> QuestionResult {
        var evaluation = Evaluation(
            plan: EvaluationPlan(surveyID: "t", title: "T", questions: [question], breakdown: nil, minGroupSize: 1))
        for observation in observations {
            evaluation.add(ResponseFacts(observations: [observation], shown: [true]))
        }
        return evaluation.result().questions[0].total
    }

    static let fiveOptions = ["a", "b", "c", "d", "e"].map { Category(value: $0, label: $0) }

    @Test func choicesRunFromZeroToTheDefinitionsMaximum() {
        let question = QuestionPlan(
            id: "m", title: "M", kind: .multiple(options: Self.fiveOptions, other: nil),
            limits: AnswerLimits(maximumChoices: 3))
        let result = Self.result(
            question,
            [.options([0], other: nil), .options([0, 1, 2], other: nil), .missing, .options([1], other: nil)])
        #expect(result.selections.map(\.value) == ["0", "1", "2", "3"])
        #expect(result.selections.map(\.count) == [1, 2, 0, 1])
    }

    @Test func withoutAMaximumEveryOptionAndOtherCanBeChosen() {
        let question = QuestionPlan(id: "m", title: "M", kind: .multiple(options: Self.fiveOptions, other: "x"))
        let result = Self.result(question, [.options([0, 1], other: "y")])
        #expect(result.selections.map(\.value) == ["0", "1", "2", "3", "4", "5", "6"])
        #expect(result.selections[3].count == 1)
    }

    @Test func moreChoicesThanNowAllowedCountWithTheMaximum() {
        // The definition was tightened after this answer was given.
        let question = QuestionPlan(
            id: "m", title: "M", kind: .multiple(options: Self.fiveOptions, other: nil),
            limits: AnswerLimits(maximumChoices: 2))
        let result = Self.result(question, [.options([0, 1, 2, 3], other: nil), .options([0], other: nil)])
        #expect(result.selections.map(\.count) == [0, 1, 1])
    }

    @Test func histogramBinsEndAtTheQuestionsMaximum() {
        let values = ValueCounts([0, 35, 64, 100, 100])
        let open = Histogram(values, integer: true, targetBins: 5)
        #expect(open.bins.last?.lower == 100, "without a maximum, 100 starts a bin of its own")
        let capped = Histogram(values, integer: true, maximum: 100, targetBins: 5)
        #expect(capped.bins.map(\.lower) == [0, 20, 40, 60, 80])
        #expect(capped.bins.map(\.count) == [1, 1, 0, 1, 2])
        #expect(capped.bins.last?.upper == 100)
        #expect(capped.bins.last?.includesUpper == true)
        let groups = Histogram(ValueCounts([100]), layout: capped)
        #expect(groups.bins.map(\.count) == [0, 0, 0, 0, 1], "groups put the maximum into the same last bin")
    }

    @Test func theLastBinIsLabelledWithTheMaximum() {
        let question = QuestionPlan(
            id: "n", title: "N", kind: .number(integer: true, unit: nil), limits: AnswerLimits(maximum: 100))
        let result = Self.result(question, [0, 35, 64, 100, 100].map { .number($0) })
        let labels = result.histogram.map { QuestionChart.binLabel($0, language: OutputLanguage(code: "de")) }
        #expect(labels.last == "50–100")
        #expect(!labels.contains { $0.hasPrefix("100") })
    }

    @Test func aMaximumBetweenEdgesShortensTheLastBin() {
        let capped = Histogram(ValueCounts([1.5, 40, 95]), integer: false, maximum: 95, targetBins: 5)
        #expect(capped.bins.last?.upper == 95)
        #expect(capped.bins.map(\.count).reduce(0, +) == 3)
    }

    @Test func unitWideIntegerBinsStayAsTheyAre() {
        let histogram = Histogram(ValueCounts([1, 2, 5]), integer: true, maximum: 5, targetBins: 10)
        #expect(histogram.bins.map(\.lower) == [1, 2, 3, 4, 5])
        #expect(histogram.bins.allSatisfy { !$0.includesUpper })
    }

    static func dates(_ days: [(Int, Int, Int)]) -> QuestionResult {
        result(
            QuestionPlan(id: "d", title: "D", kind: .date),
            days.map { .date(year: $0.0, month: $0.1, day: $0.2) })
    }

    @Test func datesAreBinnedByMonthBetweenTheFirstAndLastAnswer() {
        let result = Self.dates([(2026, 1, 15), (2026, 3, 2), (2026, 3, 5)])
        #expect(result.dateBins == .month)
        #expect(result.months.map(\.label) == ["2026-01", "2026-02", "2026-03"])
        #expect(result.months.map(\.count) == [1, 0, 2])
    }

    @Test func fewAnswersOverMonthsUseQuartersOrYears() {
        let quarterly = Self.dates([(2026, 1, 15), (2026, 3, 1), (2026, 6, 1), (2026, 9, 1), (2026, 11, 2)])
        #expect(quarterly.dateBins == .quarter)
        #expect(quarterly.months.map(\.label) == ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"])
        #expect(quarterly.months.map(\.count) == [2, 1, 1, 1])
        let yearly = Self.dates([(2026, 1, 15), (2026, 11, 2)])
        #expect(yearly.dateBins == .year)
        #expect(yearly.months.map(\.label) == ["2026"])
    }

    @Test func aLongSpanUsesQuartersThenYears() {
        let quarterly = Self.dates((0..<30).map { (2020 + $0 % 5, $0 % 12 + 1, 1) } + [(2020, 1, 1), (2024, 12, 31)])
        #expect(quarterly.dateBins == .quarter)
        #expect(quarterly.months.count == 20)
        #expect(quarterly.months.first?.label == "2020-Q1")
        #expect(quarterly.months.last?.label == "2024-Q4")
        let yearly = Self.dates((0..<40).map { (1990 + $0 % 37, 6, 1) })
        #expect(yearly.dateBins == .decade)
        #expect(yearly.months.map(\.label) == ["1990–1999", "2000–2009", "2010–2019", "2020–2029"])
        #expect(yearly.months.compactMap(\.count).reduce(0, +) == 40)
    }

    @Test func groupsUseTheTotalsDateBins() {
        let groups = ["g1", "g2"].map { Category(value: $0, label: $0) }
        var evaluation = Evaluation(
            plan: EvaluationPlan(
                surveyID: "t", title: "T", questions: [QuestionPlan(id: "d", title: "D", kind: .date)],
                breakdown: Breakdown(id: "g", label: "G", groups: groups), minGroupSize: 1))
        for (group, month) in [(0, 1), (0, 1), (1, 3), (1, 3)] {
            evaluation.add(
                ResponseFacts(observations: [.date(year: 2026, month: month, day: 1)], shown: [true], group: group))
        }
        let entry = evaluation.result().questions[0]
        #expect(entry.total.months.map(\.label) == ["2026-01", "2026-02", "2026-03"])
        #expect(
            entry.groups.map { $0.months.map(\.label) } == Array(repeating: entry.total.months.map(\.label), count: 2))
        #expect(entry.groups.map { $0.months.map(\.count) } == [[2, 0, 0], [0, 0, 2]])
    }

    @Test func binCountNeverExceedsTheLimit() {
        var generator = SeededGenerator(seed: 11)
        for _ in 0..<200 {
            let count = Int.random(in: 1...60, using: &generator)
            let days = (0..<count).map { _ in
                (
                    Int.random(in: 1900...2030, using: &generator), Int.random(in: 1...12, using: &generator),
                    Int.random(in: 1...28, using: &generator)
                )
            }
            let result = Self.dates(days)
            #expect(result.months.count <= DateBinWidth.maximumBins)
            #expect(result.months.count <= max(1, count) || result.dateBins == .century)
            #expect(result.months.compactMap(\.count).reduce(0, +) == count)
        }
    }
}
