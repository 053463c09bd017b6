import StrictJSON
import SurveyModel
import SurveyStore

/// Finds stored answers that the current definition no longer has: a removed question or option value.
enum OrphanCheck {
    /// One sentence per question or option value that has responses but is gone from the definition.
    ///
    /// Only submits made with another definition than `version` can hold such answers (each was checked
    /// against its own), so only theirs are read back from `log`, one response at a time: a survey that
    /// has not changed since its responses came in costs no reading. A log that cannot be read gives a
    /// warning saying so.
    static func warnings(for survey: Survey, version: String, log: ResponseLog) -> [String] {
        var missing = Missing()
        do {
            try log.forEachSubmitted(where: { $0.definitionVersion != version }) { missing.count($0, in: survey) }
        } catch {
            return [
                "\(survey.id): the submitted answers could not be read to check them against the definition: \(error)"
            ]
        }
        let questions = missing.questions.sorted { $0.key < $1.key }.map { id, count in
            "\(survey.id): question '\(id)' was removed, but \(count) submitted responses answer it; their answers are kept in the log but no longer shown"
        }
        let options = missing.options.sorted { $0.key < $1.key }.map { value, count in
            "\(survey.id): option \(value) was removed, but \(count) submitted responses chose it"
        }
        return questions + options
    }

    /// Responses answering questions, or choosing option values, that the definition no longer has.
    private struct Missing {
        var questions: [String: Int] = [:]
        /// By `question = value`.
        var options: [String: Int] = [:]

        mutating func count(_ record: ResponseRecord, in survey: Survey) {
            for field in record.answers?.fields ?? [] {
                guard let question = survey.question(field.key) else {
                    questions[field.key, default: 0] += 1
                    continue
                }
                let known = Set(
                    question.options.map(\.value) + (question.otherLabel == nil ? [] : [Question.otherValue]))
                guard !known.isEmpty, case .single = question.kind else {
                    if case .multiple = question.kind {
                        for value in field.value.elements ?? [] {
                            if let text = value.string, !known.contains(text) {
                                options["\(field.key) = \(text)", default: 0] += 1
                            }
                        }
                    }
                    continue
                }
                if let text = field.value.string ?? field.value["value"]?.string, !known.contains(text) {
                    options["\(field.key) = \(text)", default: 0] += 1
                }
            }
        }
    }
}
