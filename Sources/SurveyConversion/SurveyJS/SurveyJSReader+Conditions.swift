import StrictJSON
import SurveyModel

/// The second step: SurveyJS conditions translated into ours, checked the way the loader will check them.
///
/// A condition that cannot be translated exactly is dropped with a warning, never guessed at:
/// a question whose `visibleIf` is dropped is always shown (safer than never), one whose
/// `requiredIf` is dropped is optional, and a dropped validator no longer checks the answer.
extension SurveyJSReader {
    enum Owner {
        case page(Int)
        case question(position: Int)
    }

    mutating func translateConditions() {
        let known = questions
        let translator = SurveyJSExpressionTranslator { known[$0.lowercased()] }
        let schema = ExpressionSchema(
            questions: Dictionary(
                known.values.map { ($0.id, $0.expressionType) }, uniquingKeysWith: { first, _ in first }),
            participantFields: [:])
        let byID = Dictionary(known.values.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let check = Check(translator: translator, schema: schema, byID: byID)
        for pageIndex in pages.indices {
            if let pending = pages[pageIndex].visibleIf, let text = translate(pending, owner: .page(pageIndex), check) {
                pages[pageIndex].fields.append(JSONField(key: "visibleIf", value: .string(text)))
            }
            for questionIndex in pages[pageIndex].questions.indices {
                let draft = pages[pageIndex].questions[questionIndex]
                var visible: [String] = []
                var rules: [JSON] = []
                var fields: [JSONField] = []
                for pending in draft.conditions {
                    let owner = Owner.question(position: draft.position)
                    switch pending.role {
                    case .visibleIf:
                        if let text = translate(pending, owner: owner, check) { visible.append(text) }
                    case .requiredIf:
                        if draft.isRequired {
                            warn(
                                pending.place, "Entfällt, da die Frage ohnehin Pflicht ist („isRequired“).",
                                "dropped, since the question is required anyway (“isRequired”)")
                        } else if let text = translate(pending, owner: owner, check) {
                            fields.append(JSONField(key: "requiredIf", value: .string(text)))
                        }
                    case .rule(let message):
                        if let text = translate(pending, owner: owner, check) {
                            rules.append(
                                .object([
                                    JSONField(key: "expr", value: .string(text)),
                                    JSONField(key: "message", value: message),
                                ]))
                        }
                    }
                }
                if !visible.isEmpty {
                    let joined = visible.count == 1 ? visible[0] : visible.map { "(\($0))" }.joined(separator: " and ")
                    fields.append(JSONField(key: "visibleIf", value: .string(joined)))
                }
                if !rules.isEmpty { fields.append(JSONField(key: "validate", value: .array(rules))) }
                pages[pageIndex].questions[questionIndex].fields += fields
            }
        }
    }

    /// What a translation is checked against.
    struct Check {
        let translator: SurveyJSExpressionTranslator
        let schema: ExpressionSchema
        let byID: [String: SurveyJSQuestionInfo]
    }

    /// Our text for a pending condition, or nil after a warning that says why and what follows from dropping it.
    private mutating func translate(_ pending: PendingCondition, owner: Owner, _ check: Check) -> String? {
        let reason: (german: String, english: String)
        do {
            let parsed = try SurveyJSExpressionParser.parse(pending.source)
            let text = try check.translator.condition(parsed).text
            let expression = try Expression.parse(text)
            if let problem = expression.check(against: check.schema, expecting: .bool).first {
                reason = (problem.message(in: "de"), problem.message(in: "en"))
            } else if case .visibleIf = pending.role, let later = laterReference(expression, owner: owner, check) {
                if case .page = owner {
                    reason = ("„\(later)“ steht nicht auf einer früheren Seite", "“\(later)” is not on an earlier page")
                } else {
                    reason = ("„\(later)“ steht nicht davor", "“\(later)” does not come before it")
                }
            } else {
                return text
            }
        } catch let error as SurveyJSExpressionSyntaxError {
            let found = error.found.isEmpty ? "das Ende" : "„\(error.found)“"
            let foundEnglish = error.found.isEmpty ? "the end" : "“\(error.found)”"
            reason = (
                "unlesbar bei \(found) (Zeichen \(error.offset + 1))",
                "cannot be read at \(foundEnglish) (character \(error.offset + 1))"
            )
        } catch let error as SurveyJSUntranslatable {
            reason = (error.german, error.english)
        } catch {
            reason = ("\(error)", "\(error)")
        }
        let consequence: (german: String, english: String) =
            switch (pending.role, owner) {
            case (.visibleIf, .page): ("die Seite wird immer angezeigt", "the page is always shown")
            case (.visibleIf, .question): ("die Frage wird immer angezeigt", "the question is always shown")
            case (.requiredIf, _): ("die Frage ist freiwillig", "the question is optional")
            case (.rule, _): ("die Prüfung entfällt", "the check is left out")
            }
        warn(
            pending.place,
            "Bedingung „\(pending.source)“ nicht übernommen: \(reason.german); \(consequence.german).",
            "condition “\(pending.source)” not converted: \(reason.english); \(consequence.english)")
        return nil
    }

    /// The first question a `visibleIf` reads that does not come before its owner (or its page), if any.
    private func laterReference(_ expression: Expression, owner: Owner, _ check: Check) -> String? {
        for reference in expression.references {
            guard let id = reference.path.questionID, let target = check.byID[id] else { continue }
            switch owner {
            case .page(let index) where target.page >= index: return id
            case .question(let position) where target.position >= position: return id
            default: continue
            }
        }
        return nil
    }
}
