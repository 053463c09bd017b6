import StrictJSON
import SurveyModel
import SurveyStore

/// Finds stored answers that the current definition no longer has: a removed question or option value.
enum OrphanCheck {
    /// One sentence per question or option value that has responses but is gone from the definition.
    static func warnings(for survey: Survey, view: ResponseView) -> [String] {
        var missingQuestions: [String: Int] = [:]
        var missingOptions: [String: Int] = [:]
        for record in view.submitted.values {
            guard let fields = record.answers?.fields else { continue }
            for field in fields {
                guard let question = survey.question(field.key) else {
                    missingQuestions[field.key, default: 0] += 1
                    continue
                }
                let known = Set(
                    question.options.map(\.value) + (question.otherLabel == nil ? [] : [Question.otherValue]))
                guard !known.isEmpty, case .single = question.kind else {
                    if case .multiple = question.kind {
                        for value in field.value.elements ?? [] {
                            if let text = value.string, !known.contains(text) {
                                missingOptions["\(field.key) = \(text)", default: 0] += 1
                            }
                        }
                    }
                    continue
                }
                if let text = field.value.string ?? field.value["value"]?.string, !known.contains(text) {
                    missingOptions["\(field.key) = \(text)", default: 0] += 1
                }
            }
        }
        let questions = missingQuestions.sorted { $0.key < $1.key }.map { id, count in
            "\(survey.id): question '\(id)' was removed, but \(count) submitted responses answer it; their answers are kept in the log but no longer shown"
        }
        let options = missingOptions.sorted { $0.key < $1.key }.map { value, count in
            "\(survey.id): option \(value) was removed, but \(count) submitted responses chose it"
        }
        return questions + options
    }
}
