import StrictJSON
import Suggestions

/// The `report` object: the evaluation's threshold and how the committee report presents the survey.
extension DefinitionReader {
    /// Reads `report`; the raw object stays for the evaluation, which reads `minGroupSize` from it.
    mutating func readReport(_ fields: ObjectFields, pages: [Page]) -> (JSON, ReportSettings) {
        guard let value = fields["report"] else { return (.object([]), ReportSettings()) }
        guard value.kind == .object else {
            error(
                "\"report\" must be an object of report settings, e.g. {\"minGroupSize\": 5}, "
                    + "not \(Self.describe(value))", at: value.offset)
            return (.object([]), ReportSettings())
        }
        // A misspelt setting must not pass silently.
        guard let settingsObject = object(value, place: DiagnosticMessage(.placeReport), keys: DefinitionKeys.report)
        else {
            return (JSON(value), ReportSettings())
        }
        _ = integer(settingsObject, "minGroupSize", minimum: 1)
        let questions = Dictionary(
            pages.flatMap(\.questions).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let intro = optionalText(settingsObject, "intro")
        let excluded = questionList(settingsObject, "exclude")
        var included = questionList(settingsObject, "include")
        for (id, offset) in included {
            guard let question = questions[id] else { continue }
            if question.personal {
                error(
                    "question \"\(id)\" is personal data, which never appears in reports; "
                        + "remove it from \"include\" of \"report\"", at: offset)
            } else if question.reportSetting == false {
                error(
                    "question \"\(id)\" says \"report\": false; remove it from \"include\" of \"report\" "
                        + "or remove that flag", at: offset)
            } else if excluded.contains(where: { $0.id == id }) {
                error("question \"\(id)\" is in both \"exclude\" and \"include\" of \"report\"; keep one", at: offset)
            } else if case .text = question.kind {
                continue
            } else if case .note = question.kind {
                error(
                    "question \"\(id)\" is a note, which has no answers to report; "
                        + "remove it from \"include\" of \"report\"", at: offset)
            } else {
                report(
                    .warning,
                    "question \"\(id)\" appears in reports anyway; \"include\" is needed only for free-text questions",
                    at: offset)
            }
        }
        included.removeAll { id, _ in questions[id]?.personal ?? true }
        let settings = ReportSettings(
            intro: intro, excluded: Set(excluded.map(\.id)), included: Set(included.map(\.id)))
        let sections = readSections(settingsObject, questions: questions, settings: settings)
        return (
            JSON(value),
            ReportSettings(
                intro: intro, excluded: settings.excluded, included: settings.included, sections: sections)
        )
    }

    /// The question ids listed under `key`, each known and listed once, with where each stands.
    private mutating func questionList(_ report: ObjectFields, _ key: String) -> [(id: String, offset: Int)] {
        guard let value = report[key],
            let elements = array(value, what: Self.place(key, of: DiagnosticMessage(.placeReport)))
        else {
            return []
        }
        var ids: [(id: String, offset: Int)] = []
        for element in elements {
            guard let id = knownQuestion(element, in: "\"\(key)\" of \"report\"") else { continue }
            if ids.contains(where: { $0.id == id }) {
                error("question \"\(id)\" is listed twice in \"\(key)\" of \"report\"; remove one", at: element.offset)
            } else {
                ids.append((id, element.offset))
            }
        }
        return ids
    }

    /// The id an entry names, if it is a string naming a question of the survey.
    private mutating func knownQuestion(_ element: JSONValue, in place: String) -> String? {
        guard
            let id = string(
                element,
                what: DiagnosticMessage(.placeEachEntry, parts: [.phrase(DiagnosticMessage(.untranslated, place))]))
        else { return nil }
        guard questionIDs[id] != nil else {
            let advice =
                closestMatch(to: id, among: questionIDs.keys.sorted()).map { "; did you mean \"\($0)\"?" } ?? ""
            error("there is no question \"\(id)\" for \(place)\(advice)", at: element.offset)
            return nil
        }
        return id
    }

    /// `report.sections`: titled groups of questions, each question in at most one and each in the report.
    private mutating func readSections(
        _ report: ObjectFields, questions: [String: Question], settings: ReportSettings
    ) -> [ReportSection] {
        guard let value = report["sections"],
            let elements = array(value, what: Self.place("sections", of: DiagnosticMessage(.placeReport)))
        else {
            return []
        }
        var sections: [ReportSection] = []
        var listedIn: [String: Int] = [:]
        for (index, element) in elements.enumerated() {
            let place = DiagnosticMessage(.placeReportSection, String(index + 1))
            guard let section = object(element, place: place, keys: DefinitionKeys.reportSection) else { continue }
            let title = requiredText(section, "title")
            var ids: [String] = []
            if let list = required(section, "questions"),
                let items = array(list, what: Self.place("questions", of: place))
            {
                if items.isEmpty {
                    error("\"questions\" of \(place) is empty; list a question or remove the section", at: list.offset)
                }
                for item in items {
                    guard let id = knownQuestion(item, in: place.description) else { continue }
                    if let earlier = listedIn[id] {
                        error(
                            "question \"\(id)\" is already listed in section \(earlier) of \"report\"; "
                                + "list each question once", at: item.offset)
                    } else if let question = questions[id], !settings.includes(question) {
                        error(
                            "question \"\(id)\" is left out of reports (\(Self.reasonLeftOut(question, settings))); "
                                + "remove it from \(place)", at: item.offset)
                    } else {
                        listedIn[id] = index + 1
                        ids.append(id)
                    }
                }
            }
            if let title { sections.append(ReportSection(title: title, questions: ids)) }
        }
        return sections
    }

    /// Why a question is not in the report, for the message at a section that lists it.
    private static func reasonLeftOut(_ question: Question, _ settings: ReportSettings) -> String {
        if question.personal { return "it is personal data" }
        if case .note = question.kind { return "a note has no answers" }
        if question.reportSetting == false { return "it says \"report\": false" }
        if settings.excluded.contains(question.id) { return "it is in \"exclude\"" }
        return "free text is left out unless listed in \"include\""
    }
}
