import SurveyModel
import TestSupport

@testable import SurveyEvaluation

/// Random plans and random response logs for comparing the columnar path with ``LogEvaluator``.
///
/// The records include what real logs hold (drafts, revisions, voids, a torn
/// last line) and what only a damaged or hand-edited log holds (unknown
/// options, wrong types, escapes, repeated keys, lines that are not JSON), so
/// that the scanner's shortcuts and its hand-over to the general parser are
/// both exercised.
enum RandomLogs {
    static let regions = ["nord", "mitte", "sued"]

    /// A plan of `count` questions of random types; later questions are sometimes conditional on earlier ones.
    static func plan(questions count: Int, using generator: inout SeededGenerator) throws -> EvaluationPlan {
        func options(_ count: Int) -> [Category] {
            (0..<count).map { Category(value: "o\($0)", label: "Option \($0)") }
        }
        var questions: [QuestionPlan] = []
        for index in 0..<count {
            let kind: QuestionPlan.Kind
            switch Int.random(in: 0..<11, using: &generator) {
            case 0: kind = .single(options: options(Int.random(in: 2...5, using: &generator)), other: nil)
            case 1: kind = .single(options: options(Int.random(in: 2...14, using: &generator)), other: "Sonstige")
            case 2:
                let many = Int.random(in: 0..<4, using: &generator) == 0
                kind = .multiple(
                    options: options(many ? 70 : Int.random(in: 2...6, using: &generator)),
                    other: Bool.random(using: &generator) ? "Andere" : nil)
            case 3: kind = .boolean(yes: "ja", no: "nein")
            case 4:
                kind = .scale(
                    ScalePlan(
                        from: Int.random(in: 0...1, using: &generator), to: 5,
                        notApplicable: Bool.random(using: &generator) ? "k. A." : nil))
            case 5: kind = .number(integer: Bool.random(using: &generator), unit: nil)
            case 6:
                let rows = (0..<Int.random(in: 1...4, using: &generator)).map { Category(value: "r\($0)", label: "R") }
                kind = .matrix(
                    rows: rows,
                    cells: Bool.random(using: &generator)
                        ? .scale(ScalePlan(from: 1, to: 4, notApplicable: "n/a")) : .options(options(3)))
            case 7: kind = .ranking(options: options(4), rankCount: Int.random(in: 1...4, using: &generator))
            case 8: kind = .text
            case 9: kind = .date
            default: kind = .number(integer: true, unit: nil)
            }
            var conditions: [Expression] = []
            if index > 0, Int.random(in: 0..<3, using: &generator) == 0 {
                let earlier = questions[Int.random(in: 0..<index, using: &generator)]
                let source: String =
                    switch earlier.kind {
                    case .single: "\(earlier.id) == 'o1'"
                    case .multiple: "\(earlier.id) contains 'o0'"
                    case .boolean: "\(earlier.id)"
                    case .scale, .number: "\(earlier.id) > 2"
                    case .matrix: "\(earlier.id).r0 == 2 or answered(\(earlier.id))"
                    case .ranking: "count(\(earlier.id)) > 1"
                    case .text: "\(earlier.id) != 'x'"
                    case .date: "\(earlier.id) < today()"
                    }
                conditions.append(try Expression.parse(source))
            }
            if Int.random(in: 0..<8, using: &generator) == 0 {
                conditions.append(try Expression.parse("participant.region != 'sued'"))
            }
            questions.append(QuestionPlan(id: "q\(index)", title: "Q\(index)", kind: kind, visibleIf: conditions))
        }
        return EvaluationPlan(surveyID: "random", title: "Random", questions: questions, minGroupSize: 1)
    }

    /// Participants `p0`… with a region and a type.
    static func participants(_ count: Int, using generator: inout SeededGenerator) -> [String: [String: String]] {
        var result: [String: [String: String]] = [:]
        for index in 0..<count {
            result["p\(index)"] = [
                "region": regions[Int.random(in: 0..<3, using: &generator)],
                "art": ["gs", "gym"][Int.random(in: 0..<2, using: &generator)],
            ]
        }
        return result
    }

    /// `count` log lines (without their newlines) for `plan`, about responses `r0`…`r<responses>`.
    static func lines(
        _ count: Int, plan: EvaluationPlan, responses: Int, firstSequence: Int = 1,
        using generator: inout SeededGenerator
    ) -> [String] {
        (0..<count).map { offset in
            let sequence = firstSequence + offset
            let response = "r\(Int.random(in: 0..<responses, using: &generator))"
            let participant = "p\(Int.random(in: 0..<(responses + 3), using: &generator))"
            let head =
                "\"seq\":\(sequence),\"response\":\"\(response)\",\"revision\":1,\"time\":\"2026-11-20T10:00:00Z\""
                + ",\"definition\":\"abc\",\"participant\":\"\(participant)\""
            switch Int.random(in: 0..<40, using: &generator) {
            case 0: return "{\"kind\":\"void\",\(head),\"reason\":\"doppelt\"}"
            case 1: return "{\"kind\":\"draft\",\(head),\"page\":\"p1\",\"answers\":\(answers(plan, &generator))}"
            case 2: return "not a record"
            case 3: return "{\"kind\":\"submit\",\(head)}" // no answers
            case 4: return "{\"kind\":\"submit\",\(head),\"answers\":\(answers(plan, &generator)),\"seq\":2}"
            case 5: return "{\"answers\":\(answers(plan, &generator)),\"kind\":\"submit\",\(head)}"
            case 6: return "{\"kind\":\"sub\\u006dit\",\(head),\"answers\":\(answers(plan, &generator))}"
            case 7:
                return "  {\"kind\":\"submit\",\(head),\"answers\":\(answers(plan, &generator)), \"extra\":[1,{}]}  "
            default: return "{\"kind\":\"submit\",\(head),\"answers\":\(answers(plan, &generator))}"
            }
        }
    }

    /// A random answers object, mostly well-formed, sometimes not.
    static func answers(_ plan: EvaluationPlan, _ generator: inout SeededGenerator) -> String {
        var members: [String] = []
        for question in plan.questions where Int.random(in: 0..<6, using: &generator) != 0 {
            members.append("\"\(question.id)\":\(value(question.kind, &generator))")
        }
        switch Int.random(in: 0..<30, using: &generator) {
        case 0: members.append("\"unknown\":\"x\"")
        case 1: if let first = members.first { members.append(first) } // a repeated key: not JSON to StrictJSON
        case 2: members.shuffle(using: &generator)
        default: break
        }
        return "{" + members.joined(separator: ",") + "}"
    }

    private static func text(_ generator: inout SeededGenerator) -> String {
        ["\"Schule am See\"", "\"Grüße aus Köln\"", "\"zitiert: \\\"ja\\\"\"", "\"\\u00e4rger\"", "\"\"", "\"a\""][
            Int.random(in: 0..<6, using: &generator)]
    }

    private static func option(_ count: Int, _ generator: inout SeededGenerator) -> String {
        let pick = Int.random(in: 0..<(count + 2), using: &generator)
        return pick < count ? "\"o\(pick)\"" : pick == count ? "\"unbekannt\"" : "\"o\\u0030\""
    }

    private static func value(_ kind: QuestionPlan.Kind, _ generator: inout SeededGenerator) -> String {
        let odd = Int.random(in: 0..<12, using: &generator) == 0
        if odd {
            return ["null", "true", "17", "\"x\"", "[]", "{}", "[1,[2]]", "-0.5e1", "1.5"][
                Int.random(in: 0..<9, using: &generator)]
        }
        switch kind {
        case .single(let options, _):
            if Int.random(in: 0..<5, using: &generator) == 0 {
                return "{\"value\":\"other\",\"other\":\(text(&generator))}"
            }
            return option(options.count, &generator)
        case .multiple(let options, _):
            let chosen = (0..<Int.random(in: 0...4, using: &generator)).map { _ in option(options.count, &generator) }
            let list = "[" + chosen.joined(separator: ",") + "]"
            if Int.random(in: 0..<4, using: &generator) == 0 {
                return "{\"values\":\(list),\"other\":\(text(&generator))}"
            }
            return list
        case .boolean: return Bool.random(using: &generator) ? "true" : "false"
        case .scale:
            return ["1", "2", "3", "5", "7", "\"na\"", "2.0", "3e0", "4"][Int.random(in: 0..<9, using: &generator)]
        case .number:
            return ["12", "0", "-3", "1.25", "1e3", "123456789012", "0.1", "7"][
                Int.random(in: 0..<8, using: &generator)]
        case .matrix(let rows, let cells):
            let members = rows.indices.filter { _ in Int.random(in: 0..<4, using: &generator) != 0 }.map { row in
                let cell: String =
                    switch cells {
                    case .scale: ["1", "2", "4", "9", "\"na\"", "\"x\""][Int.random(in: 0..<6, using: &generator)]
                    case .options(let options): option(options.count, &generator)
                    }
                return "\"r\(row)\":\(cell)"
            }
            return "{" + members.joined(separator: ",") + "}"
        case .ranking(let options, _):
            let order = (0..<options.count).shuffled(using: &generator).prefix(Int.random(in: 0...4, using: &generator))
            return "[" + order.map { "\"o\($0)\"" }.joined(separator: ",") + "]"
        case .text: return text(&generator)
        case .date:
            return ["\"2026-03-15\"", "\"2025-12-01\"", "\"2026-13-01\"", "\"gestern\"", "\"2027-01-31\""][
                Int.random(in: 0..<5, using: &generator)]
        }
    }
}
