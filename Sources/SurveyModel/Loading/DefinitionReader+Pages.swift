import StrictJSON

/// Reading pages, participant fields and the parts every question has.
extension DefinitionReader {
    mutating func readParticipantFields(_ fields: ObjectFields) -> [ParticipantField] {
        guard let value = fields["participantFields"],
            let elements = array(value, what: DiagnosticMessage(.placeTopLevelKey, "participantFields"))
        else { return [] }
        var result: [ParticipantField] = []
        var seen: [String: SourceLocation] = [:]
        for (index, element) in elements.enumerated() {
            let name = element["id"]?.string
            let place =
                name.map { DiagnosticMessage(.placeParticipantField, $0) }
                ?? DiagnosticMessage(.placeParticipantFieldNumber, String(index + 1))
            guard let object = object(element, place: place, keys: DefinitionKeys.participantField),
                let id = readName(object, kind: .participantField, seen: &seen)
            else { continue }
            let label = requiredText(object, "label")
            let options = object["options"].map { readOptions($0, of: place, exclusiveAllowed: false) } ?? []
            if let label { result.append(ParticipantField(id: id, label: label, options: options)) }
        }
        return result
    }

    mutating func readPages(_ fields: ObjectFields) -> [Page] {
        guard let value = required(fields, "pages"),
            let elements = array(value, what: DiagnosticMessage(.placeTopLevelKey, "pages"))
        else {
            return []
        }
        if elements.isEmpty {
            error(DiagnosticMessage(.pagesEmpty), at: value.offset)
        }
        var pages: [Page] = []
        var seen: [String: SourceLocation] = [:]
        var position = 0
        for (index, element) in elements.enumerated() {
            let place =
                element["id"]?.string.map { DiagnosticMessage(.placePage, $0) }
                ?? DiagnosticMessage(.placePageNumber, String(index + 1))
            guard let object = object(element, place: place, keys: DefinitionKeys.page) else { continue }
            let id = readName(object, kind: .page, seen: &seen)
            let title = requiredText(object, "title")
            let description = optionalText(object, "description")
            let visibleIf = object["visibleIf"].flatMap {
                expression(
                    $0, role: .visibleIf, owner: .page(index: index), what: Self.condition("visibleIf", of: place))
            }
            var questions: [Question] = []
            if let list = required(object, "questions"),
                let items = array(list, what: Self.place("questions", of: place))
            {
                if items.isEmpty {
                    error(DiagnosticMessage(.questionsEmpty, parts: [.phrase(place)]), at: list.offset)
                }
                for (number, item) in items.enumerated() {
                    let question = readQuestion(item, number: number + 1, page: place, position: position)
                    if let id = item["id"]?.string, questionIDs[id] == item["id"].map(locate) {
                        questionOrder[id] = (position, index)
                    }
                    if let question {
                        questions.append(question)
                    }
                    position += 1
                }
            }
            if let id, let title {
                pages.append(
                    Page(
                        id: id, title: title, description: description, visibleIf: visibleIf,
                        questions: questions, location: locate(object["id"] ?? object.value)))
            }
        }
        return pages
    }

    /// Reads the `id` of a page, participant field or question and checks its spelling and uniqueness.
    mutating func readName(_ object: ObjectFields, kind: DefinitionPart, seen: inout [String: SourceLocation])
        -> String?
    {
        guard let value = required(object, "id"), let id = string(value, what: Self.place("id", of: object.place))
        else {
            return nil
        }
        if !Identifier.isName(id) {
            error(DiagnosticMessage(.idPattern, parts: [.phrase(kind.name), .literal(id)]), at: value.offset)
            return nil
        }
        if Identifier.reserved.contains(id.lowercased()) {
            error(DiagnosticMessage(.idReserved, parts: [.phrase(kind.name), .literal(id)]), at: value.offset)
            return nil
        }
        if let first = seen[id] {
            error(
                DiagnosticMessage(
                    .duplicateID, parts: [.phrase(kind.name), .literal(id), .literal(String(first.line))]),
                at: value.offset)
            return nil
        }
        seen[id] = locate(value)
        return id
    }

    /// Reads one question; nil when it is too broken to build (errors were reported).
    mutating func readQuestion(_ value: JSONValue, number: Int, page: DiagnosticMessage, position: Int) -> Question? {
        let declared = value["type"]?.string.flatMap(QuestionType.init(rawValue:))
        let place =
            value["id"]?.string.map { DiagnosticMessage(.placeQuestion, $0) }
            ?? DiagnosticMessage(.placeQuestionNumber, parts: [.literal(String(number)), .phrase(page)])
        let keys = declared.map(DefinitionKeys.question) ?? DefinitionKeys.anyQuestion
        let hint: (String) -> DiagnosticMessage? = { key in
            guard let declared, DefinitionKeys.anyQuestion.contains(key) else { return nil }
            if declared == .note {
                return DiagnosticMessage(.unknownKeyOfNote, parts: [.literal(key), .phrase(place)])
            }
            let owners = QuestionType.allCases.filter { DefinitionKeys.question($0).contains(key) }
            let types = owners.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
            return DiagnosticMessage(
                .unknownKeyOfType, parts: [.literal(key), .phrase(place), .literal(types), .literal(declared.rawValue)])
        }
        guard let object = object(value, place: place, keys: keys, unknownKeyHint: hint) else { return nil }
        var seen: [String: SourceLocation] = [:]
        swap(&seen, &questionIDs) // moved out and back, not copied: readName mutates self too
        let id = readName(object, kind: .question, seen: &seen)
        swap(&seen, &questionIDs)
        let type = enumeration(object, "type", QuestionType.self, required: true)
        let owner = PendingExpression.Owner.question(id: id ?? "", position: position)
        let title = type == .note ? optionalText(object, "title") : requiredText(object, "title")
        let help = optionalText(object, "help")
        let visibleIf = object["visibleIf"].flatMap {
            expression($0, role: .visibleIf, owner: owner, what: Self.condition("visibleIf", of: place))
        }
        let requirement = readRequirement(object, owner: owner)
        let rules = readRules(object, owner: owner)
        let personal = bool(object, "personal") ?? false
        let reportSetting = bool(object, "report")
        if personal, reportSetting == true, let value = object["report"] {
            error(DiagnosticMessage(.personalInReport, parts: [.phrase(place)]), at: value.offset)
        }
        let errorsBefore = errorCount
        let kind = type.flatMap { readKind($0, object) }
        guard let id, let kind, errorCount == errorsBefore, title != nil || type == .note else {
            if let id { incompleteQuestions.insert(id) }
            return nil
        }
        return Question(
            id: id, title: title, help: help, kind: kind, requirement: requirement, visibleIf: visibleIf,
            rules: rules, location: locate(object["id"] ?? object.value), personal: personal,
            reportSetting: reportSetting)
    }

    private mutating func readRequirement(_ object: ObjectFields, owner: PendingExpression.Owner) -> Requirement {
        let always = bool(object, "required")
        guard let member = object.member("requiredIf") else { return always == true ? .always : .optional }
        if always != nil {
            error(DiagnosticMessage(.requiredAndRequiredIf, parts: [.phrase(object.place)]), at: member.keyOffset)
        }
        let condition = expression(
            member.value, role: .requiredIf, owner: owner, what: Self.condition("requiredIf", of: object.place))
        return condition.map(Requirement.when) ?? .optional
    }

    private mutating func readRules(_ object: ObjectFields, owner: PendingExpression.Owner) -> [ValidationRule] {
        guard let value = object["validate"],
            let elements = array(value, what: Self.place("validate", of: object.place))
        else { return [] }
        var rules: [ValidationRule] = []
        for (index, element) in elements.enumerated() {
            let place = DiagnosticMessage(.placeRule, parts: [.literal(String(index + 1)), .phrase(object.place)])
            guard let rule = self.object(element, place: place, keys: DefinitionKeys.rule) else { continue }
            let condition = required(rule, "expr").flatMap {
                expression($0, role: .rule, owner: owner, what: Self.place("expr", of: place))
            }
            let message = requiredText(rule, "message")
            if let condition, let source = rule["expr"], case .question(let id, _) = owner, !id.isEmpty,
                !condition.references.contains(where: { $0.questionID == id })
            {
                report(
                    .warning, DiagnosticMessage(.ruleElsewhere, parts: [.phrase(place), .literal(id)]),
                    at: source.offset)
            }
            if let condition, let message, let source = rule["expr"] {
                rules.append(ValidationRule(expression: condition, message: message, location: locate(source)))
            }
        }
        return rules
    }

    /// Parses an expression and keeps it for the checks that need the whole survey.
    mutating func expression(
        _ value: JSONValue, role: PendingExpression.Role, owner: PendingExpression.Owner, what: DiagnosticMessage
    ) -> Expression? {
        guard let source = string(value, what: what) else { return nil }
        do {
            let expression = try Expression.parse(source)
            pendingExpressions.append(
                PendingExpression(expression: expression, value: value, role: role, owner: owner, what: what))
            return expression
        } catch {
            self.error(
                DiagnosticMessage(.expressionProblem, parts: [.phrase(what), .expression(error)]),
                at: value.sourceOffset(ofScalar: error.offset))
            return nil
        }
    }
}
