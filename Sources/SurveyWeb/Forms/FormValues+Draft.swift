import StrictJSON
import SurveyModel

/// The shape a draft is stored in, which no later change of language can misread.
///
/// Form fields are text as typed on one page in one language. A number question's
/// text is read once, in the language of the page it was posted on, and stored as
/// a JSON number; loading it writes it back in the language of the page that shows
/// it. Text that is not a number yet ("12a") is stored as typed: no language reads
/// it as a number, so it means the same everywhere.
extension FormValues {
    /// The fields as a JSON object: one string, an array of strings, or a number for a number question's input.
    ///
    /// - Parameters:
    ///   - survey: says which fields belong to number questions.
    ///   - language: the language of the page the values were typed on.
    func draftJSON(for survey: Survey, language: String) -> JSON {
        .object(
            fields.sorted { $0.key < $1.key }.map { name, values in
                if values.count == 1, survey.isNumberField(name),
                    let number = NumberText.parse(values[0], language: language), number.isFinite
                {
                    return JSONField(key: name, value: .number(number))
                }
                return JSONField(
                    key: name, value: values.count == 1 ? .string(values[0]) : .array(values.map(JSON.string)))
            })
    }

    /// Reads the shape ``draftJSON(for:language:)`` writes, numbers as a field of a page in `language` shows them;
    /// anything else is skipped, never trusted.
    init(draft json: JSON, language: String) {
        self.init()
        guard case .object(let members) = json else { return }
        for member in members {
            switch member.value {
            case .string(let text): set(member.key, [text])
            case .number(let number): set(member.key, [NumberText.format(number, language: language)])
            case .array(let items): set(member.key, items.compactMap(\.string))
            default: continue
            }
        }
    }
}

extension Survey {
    /// Whether a form field holds the answer of a number question (its field is the question's id).
    fileprivate func isNumberField(_ name: String) -> Bool {
        guard let question = question(name), case .number = question.kind else { return false }
        return true
    }
}
