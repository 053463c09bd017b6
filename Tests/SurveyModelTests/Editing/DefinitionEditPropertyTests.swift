import StrictJSON
import TestSupport
import Testing

@testable import SurveyModel

/// Random sequences of designer edits, repeatable from a fixed seed.
@Suite struct DefinitionEditPropertyTests {
    /// Runs 200 random edits from `start` and checks, after every one:
    ///
    /// - the edit returns or throws a ``DefinitionEditError`` (it never traps; a refused edit
    ///   leaves the definition as it was, since the next edit starts from the unchanged value);
    /// - on success, every place (definition path) that carries a diagnostic of some severity
    ///   after the edit either carried a diagnostic of that severity before it, or lies inside
    ///   one of the outcome's `touched` paths. So the result loads, or each new problem is shown
    ///   at a field the edit came from; no edit breaks a place elsewhere.
    ///
    /// Places are compared with severity, not message: an existing problem's wording may change
    /// (a suggestion, a list of allowed values), which is not a new problem. Texts set are never
    /// empty, as the designer's text fields send the previous text back rather than nothing.
    private func check(start: JSON, seed: UInt64) throws {
        var random = SeededGenerator(seed: seed)
        var definition = start
        var problems = Self.places(definition)
        var applied = 0
        for step in 0..<200 {
            let edit = RandomEdit.make(for: definition, using: &random)
            let outcome: DefinitionEditOutcome
            do {
                outcome = try edit.perform(on: definition)
            } catch {
                #expect(!error.message(in: .de).isEmpty && !error.message(in: .en).isEmpty)
                continue
            }
            applied += 1
            let after = Self.places(outcome.definition)
            let unexplained = after.subtracting(problems).filter { place in
                !outcome.touched.contains { $0.contains(place.path) }
            }
            #expect(
                unexplained.isEmpty,
                "step \(step), \(edit): new problems outside \(outcome.touched): \(unexplained.map(\.description)) \(EditingTestSupport.diagnosticPaths(outcome.definition).filter { d in unexplained.contains { $0.path == d.path } }.map(\.diagnostic.message))"
            )
            if !unexplained.isEmpty { return }
            definition = outcome.definition
            problems = after
        }
        // The sequence must do real work, not only collect refusals.
        #expect(applied >= 60, "only \(applied) of 200 edits were applied")
    }

    private struct Place: Hashable, CustomStringConvertible {
        let path: DefinitionPath
        let severity: Diagnostic.Severity
        var description: String { "\(severity.rawValue) at \(path)" }
    }

    private static func places(_ definition: JSON) -> Set<Place> {
        Set(
            EditingTestSupport.diagnosticPaths(definition).map {
                Place(path: $0.path, severity: $0.diagnostic.severity)
            })
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func randomEditsOnTheFeedbackSurvey(seed: UInt64) throws {
        try check(start: EditingTestSupport.shipped("fortbildung-feedback"), seed: seed)
    }

    @Test(arguments: [4, 5, 6] as [UInt64])
    func randomEditsOnABlankSurvey(seed: UInt64) throws {
        try check(
            start: DefinitionTemplate.blank(id: "neu", title: "Neue Befragung", languages: ["de", "en"]), seed: seed)
    }

    @Test func randomEditsOnTheSchoolSurvey() throws {
        try check(start: EditingTestSupport.shipped("digitale-bildung"), seed: 7)
    }
}

/// Picks an edit that fits the definition as it is, now and then with a position or value that
/// does not fit, so refusals are exercised too.
enum RandomEdit {
    static func make(for definition: JSON, using random: inout SeededGenerator) -> DefinitionEdit {
        let pages = definition["pages"]?.elements ?? []
        let page = index(pages.count, &random)
        let questions = pages.indices.contains(page) ? pages[page]["questions"]?.elements ?? [] : []
        let address = QuestionAddress(page: page, index: index(questions.count, &random))
        let question = questions.indices.contains(address.index) ? questions[address.index] : [:]
        let list: ChoiceList = Bool.random(using: &random) ? .options(address) : .rows(address)
        let choices = definition.value(at: list.path)?.elements?.count ?? 2
        let type = QuestionType.allCases.randomElement(using: &random) ?? .text
        switch Int.random(in: 0..<24, using: &random) {
        case 0, 1: return .addPage
        case 2: return .renamePage(page, id: ["seite_x", "netz", "2x", "Ende"].randomElement(using: &random) ?? "")
        case 3: return .movePage(page, to: index(pages.count, &random))
        case 4: return .deletePage(page)
        case 5, 6, 7: return .addQuestion(type, page: page)
        case 8:
            return .renameQuestion(
                address, id: ["frage_x", "and", "umsetzen", "neu_1"].randomElement(using: &random) ?? "")
        case 9: return .duplicateQuestion(address)
        case 10: return .moveQuestion(address, to: index(questions.count, &random))
        case 11: return .moveQuestionToPage(address, page: index(pages.count, &random))
        case 12: return .deleteQuestion(address)
        case 13: return .changeType(address, to: type)
        case 14: return .addChoice(list)
        case 15: return .removeChoice(list, index(choices, &random))
        case 16: return .moveChoice(list, index(choices, &random), to: index(choices, &random))
        case 17:
            let value = ["neu", "other", "zeit", "a-1", "1x", "-x"].randomElement(using: &random) ?? ""
            return .setChoiceValue(list, index(choices, &random), value)
        case 18:
            return Bool.random(using: &random)
                ? .setOther(address, .random(using: &random)) : .setNotApplicable(address, .random(using: &random))
        case 19:
            return Bool.random(using: &random)
                ? .addLanguage(["en", "fr", "xx"].randomElement(using: &random) ?? "")
                : .removeLanguage(["en", "de", "fr"].randomElement(using: &random) ?? "")
        case 20, 21:
            let texts = DefinitionTexts.paths(in: definition)
            let path = texts.randomElement(using: &random) ?? address.path.appending("title")
            let language = [nil, "de", "en", "fr"].randomElement(using: &random) ?? nil
            let text =
                ["Neu", "„Zitat“ mit \"Anführung\"", String(repeating: "lang ", count: 2000), "\u{0}\n"].randomElement(
                    using: &random) ?? "x"
            return .setText(path, language: language, text)
        case 22:
            return .set(address.path.appending(setting(for: question, &random)), value(&random))
        default:
            let present = question.fields?.map(\.key).filter { !["options", "rows"].contains($0) } ?? []
            return .remove(address.path.appending(present.randomElement(using: &random) ?? "help"))
        }
    }

    /// Mostly a valid index below `count`, sometimes one past the end or negative.
    private static func index(_ count: Int, _ random: inout SeededGenerator) -> Int {
        switch Int.random(in: 0..<12, using: &random) {
        case 0: return count
        case 1: return -1
        default: return count > 0 ? Int.random(in: 0..<count, using: &random) : 0
        }
    }

    private static func setting(for question: JSON, _ random: inout SeededGenerator) -> String {
        let keys = [
            "required", "visibleIf", "requiredIf", "multiline", "maxLength", "min", "max", "display", "minSelected",
            "maxSelected", "rankCount", "integer", "personal", "help", "unknown", "id", "type",
        ]
        return keys.randomElement(using: &random) ?? "required"
    }

    private static func value(_ random: inout SeededGenerator) -> JSON {
        let values: [JSON] = [
            true, false, 0, 1, 3, -5, 1000.5, "radio", "dropdown", "umsetzen == false", "answered(workshop)",
            "frage_1 > 3", "schulart ==", "Hilfetext", "scale", "note", "neue_id",
        ]
        return values.randomElement(using: &random) ?? .null
    }
}
