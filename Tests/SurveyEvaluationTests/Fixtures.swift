import TestSupport

@testable import SurveyEvaluation

/// A plan with one question of every type, and random responses for it.
enum Fixtures {
    static let options = ["a", "b", "c"].map { Category(value: $0, label: $0.uppercased()) }
    static let scale = ScalePlan(from: 1, to: 5, labels: [1: "gar nicht", 5: "voll"], notApplicable: "k. A.")
    static let matrixScale = ScalePlan(from: 1, to: 4)
    static let rows = ["r1", "r2"].map { Category(value: $0, label: $0) }
    static let groups = ["g1", "g2", "g3", "g4"].map { Category(value: $0, label: $0) }

    static let questions: [QuestionPlan] = [
        QuestionPlan(id: "single", title: "Single", kind: .single(options: options, other: "Sonstiges")),
        QuestionPlan(id: "multiple", title: "Multiple", kind: .multiple(options: options, other: "Sonstiges")),
        QuestionPlan(id: "boolean", title: "Boolean", kind: .boolean(yes: "ja", no: "nein")),
        QuestionPlan(id: "scale", title: "Scale", kind: .scale(scale)),
        QuestionPlan(id: "number", title: "Number", kind: .number(integer: true, unit: nil)),
        QuestionPlan(id: "matrix", title: "Matrix", kind: .matrix(rows: rows, cells: .scale(matrixScale))),
        QuestionPlan(id: "ranking", title: "Ranking", kind: .ranking(options: options, rankCount: 2)),
        QuestionPlan(id: "text", title: "Text", kind: .text),
        QuestionPlan(id: "date", title: "Date", kind: .date),
    ]

    static func plan(breakdown: Bool = false, minGroupSize: Int = 1) -> EvaluationPlan {
        EvaluationPlan(
            surveyID: "test", title: "Test", questions: questions,
            breakdown: breakdown ? Breakdown(id: "gruppe", label: "Gruppe", groups: groups) : nil,
            minGroupSize: minGroupSize)
    }

    /// A random response; each question is missing or hidden now and then.
    static func randomFacts(using generator: inout SeededGenerator) -> ResponseFacts {
        func maybe(_ observation: Observation) -> Observation {
            Int.random(in: 0..<6, using: &generator) == 0 ? .missing : observation
        }
        let single: Observation =
            Bool.random(using: &generator) && Int.random(in: 0..<4, using: &generator) == 0
            ? .other("anders \(Int.random(in: 0..<3, using: &generator))")
            : .option(Int.random(in: 0..<3, using: &generator))
        let chosen = (0..<3).filter { _ in Bool.random(using: &generator) }
        let ranking = Array((0..<3).shuffled(using: &generator).prefix(2))
        let observations: [Observation] = [
            maybe(single),
            maybe(.options(chosen, other: Int.random(in: 0..<5, using: &generator) == 0 ? "x" : nil)),
            maybe(.boolean(Bool.random(using: &generator))),
            maybe(
                Int.random(in: 0..<7, using: &generator) == 0
                    ? .notApplicable : .point(Int.random(in: 1...5, using: &generator))),
            maybe(.number(Double(Int.random(in: 0...300, using: &generator)))),
            maybe(
                .cells([
                    Bool.random(using: &generator) ? .point(Int.random(in: 1...4, using: &generator)) : nil,
                    .point(Int.random(in: 1...4, using: &generator)),
                ])),
            maybe(.ranking(ranking)),
            maybe(.text("Text \(Int.random(in: 0..<4, using: &generator))")),
            maybe(
                .date(
                    year: 2026, month: Int.random(in: 1...12, using: &generator),
                    day: Int.random(in: 1...28, using: &generator))),
        ]
        let shown = observations.map { $0 != .missing || Bool.random(using: &generator) }
        return ResponseFacts(
            observations: observations, shown: shown, group: Int.random(in: 0..<groups.count, using: &generator))
    }
}
