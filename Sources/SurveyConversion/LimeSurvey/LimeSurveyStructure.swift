import Foundation

/// A LimeSurvey survey read from either layout of `.lss` tables.
///
/// Up to LimeSurvey 3 (database version below 400) groups, questions and answers
/// have one row per language with the text in it; from LimeSurvey 4 on they have
/// one row each and their texts in `group_l10ns`, `question_l10ns` and
/// `answer_l10ns`. Both end up here the same way, texts keyed by LimeSurvey's
/// language code.
struct LimeSurveyStructure: Sendable {
    typealias Texts = [String: String]

    struct Group: Sendable {
        let id: String
        let order: Int
        let relevance: String
        var names: Texts = [:]
        var descriptions: Texts = [:]
        let line: Int
    }

    struct Question: Sendable {
        let id: String
        let parentID: String
        let groupID: String
        let type: String
        /// The question code (`title` in the tables), which expressions use.
        let code: String
        let other: Bool
        /// `Y` mandatory, `S` soft mandatory (LimeSurvey 5), else optional.
        let mandatory: String
        let order: Int
        let scale: Int
        let relevance: String
        let validationPattern: String
        var texts: Texts = [:]
        var helps: Texts = [:]
        let line: Int
    }

    struct Answer: Sendable {
        let questionID: String
        let code: String
        let order: Int
        let scale: Int
        var texts: Texts = [:]
        let line: Int
    }

    /// One row of the legacy `conditions` table: show the question when `field method value` holds.
    struct Condition: Sendable {
        let scenario: String
        /// The SGQA name of the answer compared, `+` for a multiple choice's option removed.
        let field: String
        let method: String
        let value: String
    }

    /// The survey's own settings row and its language settings.
    var settings: LSSTables.Row
    var titles: Texts = [:]
    var descriptions: Texts = [:]
    var welcomeTexts: Texts = [:]
    /// LimeSurvey language codes, the base language first.
    var languages: [String] = []
    var groups: [Group] = []
    /// Top-level questions in group order, then question order.
    var questions: [Question] = []
    /// Subquestions by their parent's id, in question order.
    var subquestions: [String: [Question]] = [:]
    /// Answer options by question id, by scale, in sort order.
    var answers: [String: [Answer]] = [:]
    /// Question attributes by question id: `attribute` → value, and language-bound ones by language.
    var attributes: [String: [String: String]] = [:]
    var localizedAttributes: [String: [String: Texts]] = [:]
    /// Legacy conditions by question id, in file order.
    var conditions: [String: [Condition]] = [:]

    init(_ tables: LSSTables) throws(LimeSurveyError) {
        guard let survey = tables.rows("surveys").first else { throw .missingTable(name: "surveys") }
        settings = survey
        let settingsRows = tables.rows("surveys_languagesettings")
        guard !settingsRows.isEmpty else { throw .missingTable(name: "surveys_languagesettings") }
        for row in settingsRows {
            let language = row["surveyls_language"]
            titles[language] = row["surveyls_title"]
            descriptions[language] = row["surveyls_description"]
            welcomeTexts[language] = row["surveyls_welcometext"]
        }
        languages = Self.languages(survey: survey, tables: tables)
        readGroups(tables)
        readQuestions(tables)
        readAnswers(tables)
        readAttributes(tables)
        for row in tables.rows("conditions") {
            conditions[row["qid"], default: []].append(
                Condition(
                    scenario: row["scenario"], field: String(row["cfieldname"].drop { $0 == "+" }),
                    method: row["method"], value: row["value"]))
        }
    }

    /// The base language, then the additional ones, then any other the file names.
    private static func languages(survey: LSSTables.Row, tables: LSSTables) -> [String] {
        var codes = [survey["language"]] + survey["additional_languages"].split(separator: " ").map(String.init)
        codes += tables.languages
        codes += tables.rows("surveys_languagesettings").map { $0["surveyls_language"] }
        var seen = Set<String>()
        return codes.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    private mutating func readGroups(_ tables: LSSTables) {
        var byID: [String: Group] = [:]
        var order: [String] = []
        for row in tables.rows("groups") where byID[row["gid"]] == nil {
            byID[row["gid"]] = Group(
                id: row["gid"], order: Int(row["group_order"]) ?? 0, relevance: row["grelevance"], line: row.line)
            order.append(row["gid"])
        }
        // Old layout: the texts are in the rows of `groups`; new layout: in `group_l10ns`.
        for row in tables.rows("groups") + tables.rows("group_l10ns") where !row["language"].isEmpty {
            byID[row["gid"]]?.names[row["language"]] = row["group_name"]
            byID[row["gid"]]?.descriptions[row["language"]] = row["description"]
        }
        groups = order.compactMap { byID[$0] }.enumerated().sorted {
            ($0.element.order, $0.offset) < ($1.element.order, $1.offset)
        }
        .map(\.element)
    }

    private mutating func readQuestions(_ tables: LSSTables) {
        var byID: [String: Question] = [:]
        var order: [String] = []
        for row in tables.rows("questions") + tables.rows("subquestions") where byID[row["qid"]] == nil {
            byID[row["qid"]] = Question(
                id: row["qid"], parentID: row["parent_qid"].isEmpty ? "0" : row["parent_qid"], groupID: row["gid"],
                type: row["type"], code: row["title"], other: row["other"] == "Y", mandatory: row["mandatory"],
                order: Int(row["question_order"]) ?? 0, scale: Int(row["scale_id"]) ?? 0, relevance: row["relevance"],
                validationPattern: row["preg"], line: row.line)
            order.append(row["qid"])
        }
        let textRows = tables.rows("questions") + tables.rows("subquestions") + tables.rows("question_l10ns")
        for row in textRows where !row["language"].isEmpty {
            byID[row["qid"]]?.texts[row["language"]] = row["question"]
            byID[row["qid"]]?.helps[row["language"]] = row["help"]
        }
        let groupPosition = Dictionary(groups.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let all = order.compactMap { byID[$0] }
        questions = all.filter { $0.parentID == "0" }.enumerated().sorted {
            (groupPosition[$0.element.groupID] ?? Int.max, $0.element.order, $0.offset)
                < (groupPosition[$1.element.groupID] ?? Int.max, $1.element.order, $1.offset)
        }.map(\.element)
        for question in all where question.parentID != "0" {
            subquestions[question.parentID, default: []].append(question)
        }
        for (parent, children) in subquestions {
            subquestions[parent] = children.enumerated().sorted {
                ($0.element.scale, $0.element.order, $0.offset) < ($1.element.scale, $1.element.order, $1.offset)
            }.map(\.element)
        }
    }

    private mutating func readAnswers(_ tables: LSSTables) {
        var byKey: [String: Answer] = [:]
        var order: [String] = []
        // Old layout: one row per language, keyed by question, scale and code; new layout: `aid`.
        func key(_ row: LSSTables.Row) -> String {
            row["aid"].isEmpty ? "\(row["qid"])|\(row["scale_id"])|\(row["code"])" : row["aid"]
        }
        for row in tables.rows("answers") where byKey[key(row)] == nil {
            byKey[key(row)] = Answer(
                questionID: row["qid"], code: row["code"], order: Int(row["sortorder"]) ?? 0,
                scale: Int(row["scale_id"]) ?? 0, line: row.line)
            order.append(key(row))
        }
        for row in tables.rows("answers") where !row["language"].isEmpty {
            byKey[key(row)]?.texts[row["language"]] = row["answer"]
        }
        for row in tables.rows("answer_l10ns") where !row["language"].isEmpty {
            byKey[row["aid"]]?.texts[row["language"]] = row["answer"]
        }
        for answer in order.compactMap({ byKey[$0] }) { answers[answer.questionID, default: []].append(answer) }
        for (question, list) in answers {
            answers[question] = list.enumerated().sorted {
                ($0.element.scale, $0.element.order, $0.offset) < ($1.element.scale, $1.element.order, $1.offset)
            }.map(\.element)
        }
    }

    private mutating func readAttributes(_ tables: LSSTables) {
        for row in tables.rows("question_attributes") {
            if row["language"].isEmpty {
                attributes[row["qid"], default: [:]][row["attribute"]] = row["value"]
            } else {
                localizedAttributes[row["qid"], default: [:]][row["attribute"], default: [:]][row["language"]] =
                    row["value"]
            }
        }
    }

    func attribute(_ name: String, of question: Question) -> String {
        (attributes[question.id]?[name] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// An attribute by language; files up to LimeSurvey 2 keep one value for every language.
    func localizedAttribute(_ name: String, of question: Question) -> Texts {
        if let texts = localizedAttributes[question.id]?[name] { return texts }
        guard let value = attributes[question.id]?[name] else { return [:] }
        return Dictionary(uniqueKeysWithValues: languages.map { ($0, value) })
    }
}
