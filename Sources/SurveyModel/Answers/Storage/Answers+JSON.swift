import StrictJSON

extension Answers {
    /// The answers as stored in a response: `{"<questionId>": <answer>, …}` in the survey's question order.
    ///
    /// Answers to questions the survey does not have are left out.
    public func json(in survey: Survey) -> JSON {
        var fields: [JSONField] = []
        fields.reserveCapacity(count)
        // By index: binding each question would copy all of its fields, for every response written.
        for index in survey.questions.indices {
            let id = survey.questions[index].id
            if let answer = self[id] { fields.append(JSONField(key: id, value: answer.json)) }
        }
        return .object(fields)
    }

    /// Reads the stored answers of one response.
    ///
    /// A `null` value counts as unanswered.
    /// - Throws: ``AnswerDecodingError`` for the first answer that cannot be read.
    public init(json: JSON, in survey: Survey) throws(AnswerDecodingError) {
        guard let fields = json.fields else { throw .notAnObject(found: json.phrase) }
        var answers: [String: Answer] = [:]
        answers.reserveCapacity(fields.count)
        for field in fields where field.value != .null {
            guard let question = survey.question(field.key) else { throw .unknownQuestion(field.key) }
            answers[field.key] = try Answer(json: field.value, for: question)
        }
        self.init(answers)
    }
}
