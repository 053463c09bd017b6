import Foundation

/// LimeSurvey's conditions (the logic of versions before relevance equations, still exported
/// beside them) written as the ExpressionScript equation LimeSurvey itself derives from them.
///
/// Within a scenario, conditions on the same answer are alternatives and conditions on
/// different answers must all hold; any scenario suffices. The equation then goes through
/// the same translation as a relevance equation, so what cannot be carried over (a regular
/// expression, a comparison with another answer) is dropped with the same kind of warning.
enum LegacyConditions {
    static func equation(_ conditions: [LimeSurveyStructure.Condition]) -> String {
        var scenarios: [(String, [(String, [String])])] = []
        for condition in conditions {
            let test = comparison(condition)
            let scenario =
                scenarios.firstIndex { $0.0 == condition.scenario }
                ?? {
                    scenarios.append((condition.scenario, []))
                    return scenarios.count - 1
                }()
            if let field = scenarios[scenario].1.firstIndex(where: { $0.0 == condition.field }) {
                scenarios[scenario].1[field].1.append(test)
            } else {
                scenarios[scenario].1.append((condition.field, [test]))
            }
        }
        return scenarios.map { scenario in
            scenario.1.map { "(" + $0.1.joined(separator: " or ") + ")" }.joined(separator: " and ")
        }.map { "(\($0))" }.joined(separator: " or ")
    }

    private static func comparison(_ condition: LimeSurveyStructure.Condition) -> String {
        let value = condition.value.trimmingCharacters(in: .whitespaces)
        if condition.method == "RX" { return "regexMatch(\(quoted(value)), \(condition.field))" }
        // `@SGQA@` compares with another answer rather than a value.
        let operand =
            value.hasPrefix("@") && value.hasSuffix("@") && value.count > 2
            ? String(value.dropFirst().dropLast()) : quoted(value)
        return "\(condition.field) \(condition.method) \(operand)"
    }

    private static func quoted(_ text: String) -> String {
        "\"" + text.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"") + "\""
    }
}
