import StrictJSON
import Suggestions

/// The `report` object: the evaluation's threshold and how the committee report presents the survey.
extension DefinitionReader {
    /// Reads `report`; the raw object stays for the evaluation, which reads `minGroupSize` from it.
    mutating func readReport(_ fields: ObjectFields, pages: [Page]) -> (JSON, ReportSettings) {
        guard let value = fields["report"] else { return (.object([]), ReportSettings()) }
        guard value.kind == .object else {
            error(DiagnosticMessage(.reportNotObject, parts: [.phrase(Self.describe(value))]), at: value.offset)
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
                error(DiagnosticMessage(.reportIncludesPersonal, id), at: offset)
            } else if question.reportSetting == false {
                error(DiagnosticMessage(.reportIncludesReportFalse, id), at: offset)
            } else if excluded.contains(where: { $0.id == id }) {
                error(DiagnosticMessage(.reportIncludedAndExcluded, id), at: offset)
            } else if case .text = question.kind {
                continue
            } else if case .note = question.kind {
                error(DiagnosticMessage(.reportIncludesNote, id), at: offset)
            } else {
                report(.warning, DiagnosticMessage(.reportIncludeNeedless, id), at: offset)
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
        let place = Self.place(key, of: DiagnosticMessage(.placeReport))
        guard let value = report[key], let elements = array(value, what: place)
        else {
            return []
        }
        var ids: [(id: String, offset: Int)] = []
        for element in elements {
            guard let id = knownQuestion(element, in: place) else { continue }
            if ids.contains(where: { $0.id == id }) {
                error(DiagnosticMessage(.reportListedTwice, id, key), at: element.offset)
            } else {
                ids.append((id, element.offset))
            }
        }
        return ids
    }

    /// The id an entry names, if it is a string naming a question of the survey.
    private mutating func knownQuestion(_ element: JSONValue, in place: DiagnosticMessage) -> String? {
        guard let id = string(element, what: DiagnosticMessage(.placeEachEntry, parts: [.phrase(place)])) else {
            return nil
        }
        guard questionIDs[id] != nil else {
            let message =
                closestMatch(to: id, among: questionIDs.keys.sorted()).map {
                    DiagnosticMessage(
                        .reportUnknownQuestionSuggested, parts: [.literal(id), .phrase(place), .literal($0)])
                } ?? DiagnosticMessage(.reportUnknownQuestion, parts: [.literal(id), .phrase(place)])
            error(message, at: element.offset)
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
                    error(DiagnosticMessage(.sectionQuestionsEmpty, parts: [.phrase(place)]), at: list.offset)
                }
                for item in items {
                    guard let id = knownQuestion(item, in: place) else { continue }
                    if let earlier = listedIn[id] {
                        error(DiagnosticMessage(.sectionListedTwice, id, String(earlier)), at: item.offset)
                    } else if let question = questions[id], !settings.includes(question) {
                        error(
                            DiagnosticMessage(
                                .sectionLeftOut,
                                parts: [
                                    .literal(id), .phrase(Self.reasonLeftOut(question, settings)), .phrase(place),
                                ]), at: item.offset)
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
    private static func reasonLeftOut(_ question: Question, _ settings: ReportSettings) -> DiagnosticMessage {
        if question.personal { return DiagnosticMessage(.leftOutPersonal) }
        if case .note = question.kind { return DiagnosticMessage(.leftOutNote) }
        if question.reportSetting == false { return DiagnosticMessage(.leftOutReportFalse) }
        if settings.excluded.contains(question.id) { return DiagnosticMessage(.leftOutExcluded) }
        return DiagnosticMessage(.leftOutFreeText)
    }
}
