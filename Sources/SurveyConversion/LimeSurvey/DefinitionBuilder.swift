import StrictJSON

/// Builds the definition's top level and pages; `DefinitionBuilder+Questions.swift` does each question.
struct DefinitionBuilder {
    let structure: LimeSurveyStructure
    let languages: LimeSurveyLanguages
    let texts: LocalizedTexts
    var log = ConversionLog()
    var questionIDs = NameAllocator(prefix: "q")
    var pageIDs = NameAllocator(prefix: "p")
    /// Every variable of a question converted so far, by LimeSurvey name.
    var variables: [String: ConvertedVariable] = [:]
    /// Every variable name some question of the file has, converted or not.
    let fileVariables: Set<String>
    /// Variable names of questions that were not converted.
    var skippedVariables: Set<String> = []
    /// LimeSurvey's SGQA names (`282267X46X1436`, `282267X46X1436SQ201`) by the code name they stand for.
    let sgqaAliases: [String: String]

    init(structure: LimeSurveyStructure, languages: LimeSurveyLanguages) {
        self.structure = structure
        self.languages = languages
        texts = LocalizedTexts(languages: languages)
        var names = Set<String>()
        for question in structure.questions {
            names.insert(question.code)
            for sub in structure.subquestions[question.id] ?? [] { names.insert("\(question.code)_\(sub.code)") }
        }
        fileVariables = names
        let sid = structure.settings["sid"]
        var aliases: [String: String] = [:]
        for question in structure.questions {
            let base = "\(sid)X\(question.groupID)X\(question.id)"
            aliases[base] = question.code
            for sub in structure.subquestions[question.id] ?? [] {
                aliases[base + sub.code] = "\(question.code)_\(sub.code)"
            }
        }
        sgqaAliases = aliases
    }

    mutating func definition(surveyID: String?) -> JSON {
        let settings = structure.settings
        let sid = settings["sid"].filter(\.isNumber)
        var fields: [JSONField] = [
            JSONField(key: "id", value: .string(surveyID ?? (sid.isEmpty ? "limesurvey" : "limesurvey-\(sid)")))
        ]
        let place = "survey (line \(settings.line))"
        let title =
            texts.json(structure.titles, multiline: false, place: place, field: .title, log: &log)
            ?? .string("LimeSurvey \(sid)")
        fields.append(JSONField(key: "title", value: title))
        let introduction =
            structure.descriptions.values.contains { !PlainText(html: $0).text.isEmpty }
            ? structure.descriptions : structure.welcomeTexts
        if let description = texts.json(introduction, multiline: true, place: place, field: .description, log: &log) {
            fields.append(JSONField(key: "description", value: description))
        }
        fields.append(JSONField(key: "languages", value: .array(languages.codes.map(JSON.string))))
        for (source, kept) in languages.dropped {
            if let kept {
                log.warn(
                    place, german: "Sprache „\(source)“ ist wie „\(kept)“ nach ISO 639-1 und wurde weggelassen",
                    english: "language '\(source)' has the same ISO 639-1 code as '\(kept)' and was left out")
            } else {
                log.warn(
                    place, german: "Sprache „\(source)“ hat keinen Code nach ISO 639-1 und wurde weggelassen",
                    english: "language '\(source)' has no ISO 639-1 code and was left out")
            }
        }
        fields += access(place: place)
        fields += schedule()
        fields.append(JSONField(key: "pages", value: .array(pages())))
        return .object(fields)
    }

    /// `access` and `anonymous`.
    ///
    /// A LimeSurvey file does not say whether the survey had a participant list, so the
    /// survey is `public` only when LimeSurvey listed it publicly (`listpublic`), and `token`
    /// otherwise, which lets nobody in until the office invites participants. `anonymized`
    /// (responses not linked to participants) is our `anonymous`.
    private mutating func access(place: String) -> [JSONField] {
        let settings = structure.settings
        let isPublic = settings["listpublic"] == "Y" && settings["usetokens"] != "Y"
        if !isPublic {
            log.warn(
                place,
                german: "die Umfrage war in LimeSurvey nicht öffentlich gelistet; sie wird nur für eingeladene "
                    + "Teilnehmende geöffnet (\"access\": \"token\"); für einen offenen Link \"public\" eintragen",
                english: "the survey was not listed publicly in LimeSurvey; it is open to invited participants only "
                    + "(\"access\": \"token\"); set \"public\" for an open link")
        }
        var fields = [JSONField(key: "access", value: .string(isPublic ? "public" : "token"))]
        if settings["anonymized"] == "Y" { fields.append(JSONField(key: "anonymous", value: .bool(true))) }
        return fields
    }

    /// `opens` and `closes` from `startdate` and `expires` (`2026-11-16 08:00:00`).
    private func schedule() -> [JSONField] {
        let opens = Self.dateTime(structure.settings["startdate"])
        let closes = Self.dateTime(structure.settings["expires"])
        if let opens, let closes, opens >= closes { return [] }
        return [
            opens.map { JSONField(key: "opens", value: .string($0)) },
            closes.map { JSONField(key: "closes", value: .string($0)) },
        ].compactMap { $0 }
    }

    private static func dateTime(_ text: String) -> String? {
        let parts = text.split(separator: " ")
        guard parts.count == 2, parts[0].count == 10, parts[1].count >= 5,
            parts[0].allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-") }),
            parts[1].allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ":") })
        else { return nil }
        let date = String(parts[0])
        guard date.split(separator: "-").map(\.count) == [4, 2, 2] else { return nil }
        return date + "T" + parts[1].prefix(5)
    }

    private mutating func pages() -> [JSON] {
        var pages: [JSON] = []
        for (index, group) in structure.groups.enumerated() {
            let number = index + 1
            let place = ConversionLog.place(group: number, line: group.line)
            // Decided before the group's questions exist, so it refers only to earlier pages.
            let condition = relevance(group.relevance, place: place)
            var questions: [JSON] = []
            for question in structure.questions where question.groupID == group.id {
                questions += convert(question, group: number)
            }
            guard !questions.isEmpty else {
                log.warn(
                    place, german: "die Gruppe hat keine übertragbare Frage und wird zu keiner Seite",
                    english: "the group has no question that converts and becomes no page")
                continue
            }
            var fields = [
                JSONField(key: "id", value: .string(pageIDs.name(for: "p\(number)"))),
                JSONField(
                    key: "title",
                    value: texts.json(group.names, multiline: false, place: place, field: .groupName, log: &log)
                        ?? .string("\(number)")),
            ]
            if let description = texts.json(
                group.descriptions, multiline: true, place: place, field: .groupDescription, log: &log)
            {
                fields.append(JSONField(key: "description", value: description))
            }
            if let condition { fields.append(JSONField(key: "visibleIf", value: .string(condition))) }
            fields.append(JSONField(key: "questions", value: .array(questions)))
            pages.append(.object(fields))
        }
        let orphans = structure.questions.filter { question in !structure.groups.contains { $0.id == question.groupID }
        }
        for question in orphans {
            log.warn(
                "question \(question.code) (line \(question.line))",
                german: "die Frage gehört zu keiner Gruppe der Datei und wurde weggelassen",
                english: "the question belongs to no group of the file and was left out")
        }
        return pages
    }

    /// The relevance equation in our syntax, or nil (always shown) with a warning when it does not translate.
    mutating func relevance(_ source: String, place: String) -> String? {
        let variables = variables
        let fileVariables = fileVariables
        let skipped = skippedVariables
        let aliases = sgqaAliases
        let result = RelevanceTranslation.translate(source) { name in
            let name = aliases[name] ?? name
            if let target = variables[name] { return .variable(target) }
            return fileVariables.contains(name) && !skipped.contains(name) ? .later : .unknown
        }
        switch result {
        case .success(let translation):
            for note in translation.notes {
                log.warn(
                    place, german: "Bedingung „\(source)“ übernommen, aber: \(note.german)",
                    english: "condition \"\(source)\" carried over, but: \(note.english)")
            }
            return translation.expression
        case .failure(let reason):
            log.warn(
                place,
                german: "Bedingung „\(source)“ nicht übernommen, wird immer angezeigt: \(reason.german)",
                english: "condition \"\(source)\" not carried over, always shown: \(reason.english)")
            return nil
        }
    }
}
