import Testing

@testable import SurveyEvaluation

/// The worked examples of "Suppression" in `docs/statistics.md`, one test each, with k = 5.
struct SuppressionExampleTests {
    private typealias Cells = [Int?]

    private static func single(_ counts: [[Int]], groups: Bool = true, filter: String? = nil) -> QuestionEntry {
        SuppressionPropertyTests.entry(
            .single(options: SuppressionPropertyTests.options, other: nil), counts: counts, groups: groups,
            filter: filter
        ) { .option($0) }
    }

    @Test func example1ASmallCellAndItsComplement() {
        let total = Self.single([[10, 2, 8]], groups: false).total
        #expect(total.frequencies.map(\.count) == [10, nil, nil])
        #expect(total.frequencies.map(\.withheld) == [nil, .fewAnswers, .protectsOthers])
        #expect(
            SuppressionPropertyTests.disclosures(Self.single([[10, 2, 8]], groups: false), minGroupSize: 5).isEmpty)
    }

    @Test func example2ASmallGroupAndTheNextSmallest() {
        let entry = Self.single([[10, 10, 10], [1, 1, 1], [3, 2, 2], [20, 0, 0]])
        #expect(entry.groups.map(\.suppressed) == [false, true, true, false])
        #expect(entry.groups.map(\.withheld) == [nil, .fewAnswers, .protectsOthers, .sameAnswer])
        #expect(entry.total.frequencies.map(\.count) == [34, 13, 13])
        #expect(entry.groups[0].frequencies.map(\.count) == [10, 10, 10])
        #expect(SuppressionPropertyTests.disclosures(entry, minGroupSize: 5).isEmpty)
    }

    @Test func example3TheSameAnswerInAGroup() {
        let entry = Self.single([[9, 0, 1], [6, 6, 5], [7, 5, 6]])
        #expect(entry.total.frequencies.map(\.count) == [22, 11, 12])
        #expect(entry.groups[0].withheld == .sameAnswer)
        #expect(entry.groups[0].base.answered == 10)
        #expect(entry.groups[0].frequencies.map(\.withheld) == [.sameAnswer, .sameAnswer, .sameAnswer])
        #expect(entry.groups[1].frequencies.map(\.count) == [nil, 6, nil])
        #expect(entry.groups[2].frequencies.map(\.count) == [7, nil, nil])
        #expect(SuppressionPropertyTests.disclosures(entry, minGroupSize: 5).isEmpty)
    }

    @Test func example4TheWholePopulationMayAgree() {
        let entry = Self.single([[30, 2, 0]], groups: false)
        #expect(entry.total.frequencies.map(\.count) == [nil, nil, 0])
        #expect(entry.total.withheld == nil)
    }

    @Test func example5MultipleChoiceInAFilteredSet() {
        let options = ["a", "b", "c", "d", "e"].map { Category(value: $0, label: $0) }
        // 12 schools; each chooses the options whose count still covers it.
        let chosen = [12, 9, 6, 0, 2]
        let entry = SuppressionPropertyTests.entry(
            .multiple(options: options, other: nil), counts: [Array(repeating: 1, count: 12)], groups: false,
            filter: "schulart == 'gs'"
        ) { school in .options(chosen.indices.filter { school < chosen[$0] }, other: nil) }
        let options5 = entry.total.frequencies
        #expect(options5.map(\.count) == [nil, nil, 6, nil, nil])
        #expect(options5.map(\.withheld) == [.sameAnswer, .sameAnswer, nil, .sameAnswer, .fewAnswers])
        let unfiltered = SuppressionPropertyTests.entry(
            .multiple(options: options, other: nil), counts: [Array(repeating: 1, count: 12)], groups: false
        ) { school in .options(chosen.indices.filter { school < chosen[$0] }, other: nil) }
        #expect(unfiltered.total.frequencies.map(\.count) == [12, nil, 6, 0, nil])
    }

    @Test func example6AScaleMeanThatWouldPinHiddenCells() {
        let scale = ScalePlan(from: 1, to: 5)
        func stats(_ counts: [Int]) -> Summary? {
            SuppressionPropertyTests.entry(.scale(scale), counts: [counts], groups: false) { .point($0 + 1) }.total
                .stats
        }
        // Hidden 1, 2 and 5 with counts 1, 2 and 3: count and sum leave one solution.
        #expect(stats([1, 2, 0, 0, 3]) == Summary(n: 6))
        // Two hidden cells, 2 and 4 with counts 2 and 1: their sum and the mean would pin both.
        // Median 3 lies between them and the first quartile on one; the third quartile, 5, is above both.
        #expect(stats([6, 2, 9, 1, 7]) == Summary(n: 25, q3: 5))
        // Hidden 1, 2 and 4 with counts 4, 3 and 2: the mean leaves four solutions, the SD one.
        // The median, 3, has hidden cells on both sides; the third quartile, 5, has all below it.
        let partly = stats([4, 3, 9, 2, 7])
        #expect(partly?.mean == 3.2)
        #expect(partly?.sd == nil)
        #expect(partly?.median == nil)
        #expect(partly?.q3 == 5)
    }

    @Test func example7QuantilesNeedFourTimesK() {
        let values = [250.0, 400, 820, 950, 1100]
        let five = SuppressionPropertyTests.entry(
            .number(integer: true, unit: nil), counts: [values.map { _ in 1 }], groups: false
        ) { .number(values[$0]) }
        #expect(five.total.stats == Summary(n: 5, mean: 704, sd: five.total.stats?.sd))
        let twenty = SuppressionPropertyTests.entry(
            .number(integer: true, unit: nil), counts: [(1...20).map { _ in 1 }], groups: false
        ) { .number(Double($0 + 1)) }
        #expect(twenty.total.stats?.median == 10.5)
        #expect(twenty.total.stats?.q1 != nil)
    }
}
