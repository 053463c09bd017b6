import TestSupport
import Testing

@testable import SurveyEvaluation

/// For random tables, nothing a reader can work out from the published figures pins a small count.
struct SuppressionPropertyTests {
    /// One question of `kind`; `counts[group][cell]` answers per cell, `observation(cell)` the answer.
    ///
    /// - Parameters:
    ///   - groups: Whether each entry of `counts` is a breakdown group; otherwise all are the total.
    ///   - filter: Evaluates as a filtered set (the group rules apply to the total).
    static func entry(
        _ kind: QuestionPlan.Kind, counts: [[Int]], minGroupSize: Int = 5, groups: Bool = true,
        filter: String? = nil, observation: (Int) -> Observation
    ) -> QuestionEntry {
        let categories = counts.indices.map { Category(value: "g\($0)", label: "G\($0)") }
        let plan = EvaluationPlan(
            surveyID: "s", title: "S", questions: [QuestionPlan(id: "q", title: "Q", kind: kind)],
            breakdown: groups ? Breakdown(id: "gruppe", label: "Gruppe", groups: categories) : nil,
            minGroupSize: minGroupSize)
        var evaluation = Evaluation(plan: plan)
        for (group, cells) in counts.enumerated() {
            for (cell, count) in cells.enumerated() {
                for _ in 0..<count {
                    evaluation.add(
                        ResponseFacts(observations: [observation(cell)], shown: [true], group: groups ? group : nil))
                }
            }
        }
        return evaluation.result(filter: filter).questions[0]
    }

    static let options = ["a", "b", "c"].map { Category(value: $0, label: $0) }

    static func single(_ counts: [[Int]], minGroupSize: Int = 5) -> QuestionEntry {
        entry(.single(options: options, other: nil), counts: counts, minGroupSize: minGroupSize) { .option($0) }
    }

    /// Problems a reader could exploit: a hidden cell pinned to 1 … k − 1, or a same-answer group laid open.
    static func disclosures(_ entry: QuestionEntry, minGroupSize k: Int, scalePoints: [Int?]? = nil) -> [String] {
        let checker = DisclosureChecker(entry, scalePoints: scalePoints)
        let feasible = checker.feasibleValues()
        var problems: [String] = []
        for (unknown, values) in feasible.enumerated() where values.count == 1 {
            let cell = checker.unknowns[unknown]
            if let value = values.first, value > 0, value < k {
                problems.append("column \(cell.column) cell \(cell.row) is \(value)")
            }
        }
        let columns = [entry.total] + entry.groups
        for column in columns.indices where columns[column].withheld == .sameAnswer {
            let cells = checker.unknowns.indices.filter { checker.unknowns[$0].column == column }
            if cells.allSatisfy({ feasible[$0].count == 1 }) { problems.append("column \(column) laid open") }
        }
        return problems
    }

    @Test(arguments: [3, 5])
    func oneGroupOfThreeCellsExhaustively(minGroupSize: Int) {
        for a in 0...6 {
            for b in 0...6 {
                for c in 0...6 {
                    let entry = Self.single([[a, b, c]], minGroupSize: minGroupSize)
                    let problems = Self.disclosures(entry, minGroupSize: minGroupSize)
                    #expect(problems.isEmpty, "\([a, b, c]): \(problems)")
                }
            }
        }
    }

    /// Random tables of two groups (counts 0 … 8) and three groups (0 … 7), three cells each.
    @Test(arguments: [(2, 8, 21), (2, 8, 22), (2, 8, 23), (3, 7, 31), (3, 7, 32)])
    func groupsOfThreeCells(groups: Int, largest: Int, seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        for _ in 0..<(groups == 2 ? 150 : 60) {
            let counts = (0..<groups).map { _ in (0..<3).map { _ in Int.random(in: 0...largest, using: &generator) } }
            let entry = Self.single(counts)
            let problems = Self.disclosures(entry, minGroupSize: 5)
            #expect(problems.isEmpty, "\(counts): \(problems)")
        }
    }

    /// A scale's published n, mean and SD are equations too.
    @Test(arguments: [41, 42, 43])
    func scaleMeansGiveNothingAway(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let scale = ScalePlan(from: 1, to: 5)
        for _ in 0..<150 {
            let counts = [(0..<5).map { _ in Int.random(in: 0...9, using: &generator) }]
            let entry = Self.entry(.scale(scale), counts: counts, groups: false, observation: { .point($0 + 1) })
            let problems = Self.disclosures(entry, minGroupSize: 5, scalePoints: (1...5).map { $0 })
            #expect(problems.isEmpty, "\(counts): \(problems)")
        }
    }

    /// With groups, the total's and the groups' means are tied together by the groups' sums.
    @Test(arguments: [61, 62])
    func brokenDownScaleMeansGiveNothingAway(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let scale = ScalePlan(from: 1, to: 4)
        for _ in 0..<60 {
            let counts = (0..<2).map { _ in (0..<4).map { _ in Int.random(in: 0...6, using: &generator) } }
            let entry = Self.entry(.scale(scale), counts: counts, observation: { .point($0 + 1) })
            let problems = Self.disclosures(entry, minGroupSize: 5, scalePoints: [1, 2, 3, 4])
            #expect(problems.isEmpty, "\(counts): \(problems)")
        }
    }

    /// Each multiple-choice option is a yes/no of the shown base: neither its count nor the
    /// count of those not choosing it may be pinned to 1 … k − 1.
    @Test(arguments: [71, 72])
    func multipleChoiceOptionsGiveNothingAway(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let k = 5
        for _ in 0..<100 {
            let choices = (0..<2).map { _ in
                (0..<Int.random(in: 3...14, using: &generator)).map { _ in
                    (0..<3).filter { _ in Bool.random(using: &generator) }
                }
            }
            let plan = EvaluationPlan(
                surveyID: "s", title: "S",
                questions: [QuestionPlan(id: "q", title: "Q", kind: .multiple(options: Self.options, other: nil))],
                breakdown: Breakdown(
                    id: "gruppe", label: "Gruppe",
                    groups: [Category(value: "g0", label: "G0"), .init(value: "g1", label: "G1")]),
                minGroupSize: k)
            var evaluation = Evaluation(plan: plan)
            for (group, schools) in choices.enumerated() {
                for chosen in schools {
                    evaluation.add(
                        ResponseFacts(observations: [.options(chosen, other: nil)], shown: [true], group: group))
                }
            }
            let entry = evaluation.result().questions[0]
            let checker = DisclosureChecker(entry, cellsAddUp: false)
            let columns = [entry.total] + entry.groups
            for column in columns {
                let shown = column.base.shown ?? 0
                let small = column.frequencies.compactMap(\.count).filter {
                    (1..<k).contains($0) || (1..<k).contains(shown - $0)
                }
                #expect(small.isEmpty, "\(choices): visible \(small)")
            }
            for (unknown, values) in checker.feasibleValues().enumerated() where values.count == 1 {
                let cell = checker.unknowns[unknown]
                let value = values.first ?? 0
                let notChosen = columns[cell.column].base.shown.map { $0 - value } ?? 0
                #expect(
                    !(value > 0 && value < k) && !(notChosen > 0 && notChosen < k),
                    "\(choices): column \(cell.column) option \(cell.row) is \(value)")
            }
        }
    }

    /// Below the documented n no quantile is printed, so none can be one school's value.
    @Test func noQuantileBelowTheDocumentedN() {
        let k = 5
        let limit = QuestionSuppression.quantileMultiple * k
        var generator = SeededGenerator(seed: 51)
        for n in 1...(limit + 5) {
            let values = (0..<n).map { _ in Int.random(in: 0...1000, using: &generator) }
            let entry = Self.entry(
                .number(integer: true, unit: nil), counts: [values.map { _ in 1 }], minGroupSize: k,
                observation: { .number(Double(values[$0])) })
            for column in [entry.total] + entry.groups {
                let quantiles = [column.stats?.q1, column.stats?.median, column.stats?.q3].compactMap { $0 }
                if n < limit {
                    #expect(quantiles.isEmpty, "n = \(n)")
                } else {
                    // Shown once n is large enough, unless a quantile falls into a hidden bin.
                    #expect(column.stats?.min == nil && column.stats?.max == nil)
                }
            }
        }
    }
}
