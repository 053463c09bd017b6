import SurveyModel

/// Conversion between the form's raw fields and typed answers.
extension FormValues {
    /// What the form posted for `question`, in the shape the answer parser reads.
    func rawAnswer(for question: Question) -> RawAnswer {
        switch question.kind {
        case .matrix(let settings):
            var rows: [String: String] = [:]
            for row in settings.rows {
                if let value = self[FieldName.row(question, row)], !value.isEmpty { rows[row.value] = value }
            }
            return RawAnswer(rows: rows)
        case .ranking(let settings):
            let ranks = (1...max(1, settings.effectiveRankCount)).map { self[FieldName.rank(question, $0)] ?? "" }
            return RawAnswer(values: ranks.allSatisfy(\.isEmpty) ? [] : ranks)
        case .single, .multiple:
            return RawAnswer(values: values(question.id), other: self[FieldName.other(question)] ?? "")
        default:
            return RawAnswer(values: values(question.id))
        }
    }

    /// Puts a question's raw input into the fields, replacing what was there.
    mutating func setRawAnswer(_ raw: RawAnswer, for question: Question) {
        switch question.kind {
        case .matrix(let settings):
            for row in settings.rows {
                set(FieldName.row(question, row), raw.rows[row.value].map { [$0] } ?? [])
            }
        case .ranking(let settings):
            for rank in 1...max(1, settings.effectiveRankCount) {
                let value = raw.values.indices.contains(rank - 1) ? raw.values[rank - 1] : ""
                set(FieldName.rank(question, rank), value.isEmpty ? [] : [value])
            }
        case .single, .multiple:
            set(question.id, raw.values)
            set(FieldName.other(question), raw.other.isEmpty ? [] : [raw.other])
        default:
            set(question.id, raw.values)
        }
    }

    /// The fields that show typed answers, for continuing a submitted response.
    init(answers: Answers, survey: Survey, language: String) {
        self.init()
        for question in survey.questions {
            guard let answer = answers[question.id] else { continue }
            setRawAnswer(question.rawAnswer(for: answer, language: language), for: question)
        }
    }

    /// Reads the answers of `questions`; input that cannot be read is reported per question and left out.
    func parsedAnswers(for questions: [Question], language: String) -> (answers: Answers, errors: [String: AnswerError])
    {
        var answers: [String: Answer] = [:]
        var errors: [String: AnswerError] = [:]
        for question in questions where question.kind.isAnswerable {
            do {
                if let answer = try question.answer(from: rawAnswer(for: question), language: language) {
                    answers[question.id] = answer
                }
            } catch {
                errors[question.id] = error
            }
        }
        return (Answers(answers), errors)
    }

    /// The questions whose input a draft may not keep, with the reason (see ``Question/draftProblem(with:language:)``).
    func draftProblems(for questions: [Question], language: String) -> [String: AnswerError] {
        var problems: [String: AnswerError] = [:]
        for question in questions where question.kind.isAnswerable {
            problems[question.id] = question.draftProblem(with: rawAnswer(for: question), language: language)
        }
        return problems
    }
}
