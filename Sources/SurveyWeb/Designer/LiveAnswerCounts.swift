import StrictJSON
import SurveyModel
import SurveyStore

/// How many submitted responses answer each question and choose each stored value, counted from the
/// current submits read back from the log, so the designer can tell which parts of a live survey hold answers.
///
/// Only submitted responses count: reading every draft as well would hold up the save for a large
/// survey. A draft continued after a change is checked again when it is submitted.
struct LiveAnswerCounts {
    /// Responses that answer the question, by question id.
    private(set) var questions: [String: Int] = [:]
    /// Responses that hold each stored value, by question id, list and value.
    private(set) var values: [ValueKey: Int] = [:]

    struct ValueKey: Hashable {
        let question: String
        let list: DefinitionChange.OptionList
        let value: String
    }

    /// Counts the answers of `records` (current submits) to the questions of `survey`.
    init(survey: Survey, records: [ResponseRecord]) {
        for record in records {
            guard let fields = record.answers?.fields else { continue }
            for field in fields where field.value != .null {
                guard let question = survey.question(field.key) else { continue }
                questions[question.id, default: 0] += 1
                for (list, value) in Self.storedValues(field.value, of: question) {
                    values[ValueKey(question: question.id, list: list, value: value), default: 0] += 1
                }
            }
        }
    }

    /// No answers at all: a survey nobody has submitted yet may change freely.
    var isEmpty: Bool { questions.isEmpty }

    func answers(to question: String) -> Int { questions[question] ?? 0 }

    func answers(to question: String, _ list: DefinitionChange.OptionList, value: String) -> Int {
        values[ValueKey(question: question, list: list, value: value)] ?? 0
    }

    /// Responses that answer at least one of `questions` (a page's), counted once each.
    static func responses(answering questions: Set<String>, in records: [ResponseRecord]) -> Int {
        records.count { record in
            record.answers?.fields?.contains { questions.contains($0.key) && $0.value != .null } ?? false
        }
    }

    /// The option, row and column values one stored answer holds (see the answer format).
    private static func storedValues(_ answer: JSON, of question: Question) -> [(DefinitionChange.OptionList, String)] {
        switch question.kind {
        case .single:
            return (answer.string ?? answer["value"]?.string).map { [(.options, $0)] } ?? []
        case .multiple, .ranking:
            let chosen = answer.elements ?? answer["values"]?.elements ?? []
            return chosen.compactMap(\.string).map { (.options, $0) }
        case .matrix:
            return (answer.fields ?? []).flatMap { field in
                [(DefinitionChange.OptionList.rows, field.key)] + (field.value.string.map { [(.columns, $0)] } ?? [])
            }
        default:
            return []
        }
    }
}
