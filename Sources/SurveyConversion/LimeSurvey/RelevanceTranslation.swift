import Foundation

/// Rewrites a LimeSurvey relevance equation in our expression language, or says why it cannot.
///
/// The translation is all or nothing: an equation is either carried over with the
/// same meaning or dropped with a reason, and the question or page is then always
/// shown (shown too often is safer than never shown). LimeSurvey compares an
/// unanswered question as the empty text, so `Q1 != "A"` is true while `Q1` is
/// unanswered; it becomes `not (q1 == 'A')`, which is true then as well.
struct RelevanceTranslation: Sendable {
    /// The translated expression, nil when the equation always holds (`1`, empty).
    let expression: String?
    /// Notes on a translation that is close but not exact (e.g. `sum`).
    let notes: [Reason]

    /// Why an equation or a part of it was not carried over, or what was approximated.
    enum Reason: Error, Sendable, Equatable {
        case syntax(offset: Int)
        case unknownVariable(String)
        case unsupportedSuffix(variable: String, suffix: String)
        case laterQuestion(String)
        case unsupportedFunction(String)
        case countDiffers
        case sumOfUnanswered
        case notAnOption(variable: String, value: String)
        case incomparable(String)
        case tooDeep
        case neverTrue

        var english: String {
            switch self {
            case .syntax(let offset): "the equation cannot be read (at character \(offset + 1))"
            case .unknownVariable(let name): "'\(name)' is not a question of the converted survey"
            case .unsupportedSuffix(let name, let suffix): "'\(name).\(suffix)' has no equivalent"
            case .laterQuestion(let name): "'\(name)' is not asked before this point"
            case .unsupportedFunction(let name): "the function \(name)() has no equivalent"
            case .countDiffers:
                "count() counts answered questions in LimeSurvey but selected options here"
            case .sumOfUnanswered:
                "sum() counts an unanswered question as 0 in LimeSurvey; here the sum then has no value"
            case .notAnOption(let name, let value): "'\(value)' is not an answer option of '\(name)'"
            case .incomparable(let text): "\(text) cannot be compared that way here"
            case .tooDeep: "the equation is too long or nested too deeply"
            case .neverTrue: "the equation is never true"
            }
        }

        var german: String {
            switch self {
            case .syntax(let offset): "die Gleichung ist nicht lesbar (bei Zeichen \(offset + 1))"
            case .unknownVariable(let name): "„\(name)“ ist keine Frage der umgewandelten Umfrage"
            case .unsupportedSuffix(let name, let suffix): "für „\(name).\(suffix)“ gibt es keine Entsprechung"
            case .laterQuestion(let name): "„\(name)“ wird erst später gefragt"
            case .unsupportedFunction(let name): "für die Funktion \(name)() gibt es keine Entsprechung"
            case .countDiffers:
                "count() zählt in LimeSurvey beantwortete Fragen, hier aber gewählte Optionen"
            case .sumOfUnanswered:
                "sum() zählt in LimeSurvey eine unbeantwortete Frage als 0; hier hat die Summe dann keinen Wert"
            case .notAnOption(let name, let value): "„\(value)“ ist keine Antwortoption von „\(name)“"
            case .incomparable(let text): "\(text) lässt sich hier so nicht vergleichen"
            case .tooDeep: "die Gleichung ist zu lang oder zu tief verschachtelt"
            case .neverTrue: "die Gleichung ist nie wahr"
            }
        }
    }

    /// Our loader allows 64 levels; a margin stays for what the translation adds.
    static let maximumDepth = 48

    /// Translates `source`, resolving variables with `resolve` (nil: unknown; only earlier questions resolve).
    static func translate(
        _ source: String, resolve: @escaping (String) -> Resolution
    ) -> Result<RelevanceTranslation, Reason> {
        let trimmed = source.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty || trimmed == "1" || trimmed.lowercased() == "true" {
            return .success(RelevanceTranslation(expression: nil, notes: []))
        }
        if trimmed == "0" || trimmed.lowercased() == "false" { return .failure(.neverTrue) }
        let tree: ExpressionScript
        do {
            tree = try ExpressionScript.parse(trimmed)
        } catch .syntax(let offset) {
            return .failure(.syntax(offset: offset))
        } catch {
            return .failure(.tooDeep)
        }
        var writer = RelevanceWriter(resolve: resolve)
        do {
            let rendered = try writer.condition(tree)
            guard rendered.depth <= maximumDepth else { return .failure(.tooDeep) }
            return .success(RelevanceTranslation(expression: rendered.text, notes: writer.notes))
        } catch {
            return .failure(error)
        }
    }

    /// What a variable name resolves to.
    enum Resolution: Sendable {
        case variable(ConvertedVariable)
        case unknown
        case later
    }
}
