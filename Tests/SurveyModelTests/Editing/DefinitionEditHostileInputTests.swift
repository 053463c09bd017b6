import StrictJSON
import Testing

@testable import SurveyModel

/// Edits on inputs a form can send or a file can hold: extreme positions, huge texts, thousands of
/// options, deeply nested expressions. None may trap.
@Suite struct DefinitionEditHostileInputTests {
    let feedback: JSON

    init() throws {
        feedback = try EditingTestSupport.shipped("fortbildung-feedback")
    }

    @Test func extremePositionsAreRefusedNotTrapped() {
        let extremes = [Int.min, -1, Int.max]
        for position in extremes {
            let address = QuestionAddress(page: 0, index: position)
            let list = ChoiceList.options(QuestionAddress(page: 0, index: 0))
            let edits: [DefinitionEdit] = [
                .movePageUp(position), .movePageDown(position), .moveQuestionUp(address), .moveQuestionDown(address),
                .moveChoiceUp(list, position), .moveChoiceDown(list, position), .deletePage(position),
                .duplicateQuestion(address), .addQuestion(.text, page: position), .removeChoice(list, position),
                .moveQuestionToPage(QuestionAddress(page: 0, index: 0), page: position),
            ]
            for edit in edits {
                #expect(throws: DefinitionEditError.self, "\(edit)") { try edit.apply(to: feedback) }
            }
        }
    }

    @Test func hugeTextsAndThousandsOfOptionsAreEditedAsAnyOther() throws {
        let huge = String(repeating: "Sehr langer Text „mit Zeichen“ \u{1F600} ", count: 20_000)
        let title = DefinitionPath(parsing: "pages[0].questions[0].title")!
        let long = try DefinitionEdit.setText(title, language: "de", huge).apply(to: feedback)
        #expect(long.value(at: title)?["de"]?.string == huge)
        let list = ChoiceList.options(QuestionAddress(page: 0, index: 6))
        var many = feedback
        let options: [JSON] = (0..<3000).map { ["value": .string("o\($0)"), "label": .string("Option \($0)")] }
        many = try DefinitionEdit.set(list.path, .array(options)).apply(to: many)
        many = try DefinitionEdit.addChoice(list).apply(to: many)
        #expect(many.value(at: list.path)?.elements?.last?["value"] == "option_3001")
        many = try DefinitionEdit.moveChoice(list, 3000, to: 0).apply(to: many)
        #expect(EditingTestSupport.errors(many) == [])
    }

    @Test func deeplyNestedExpressionsDoNotStopReferenceChecks() throws {
        let deep = String(repeating: "(", count: 10_000) + "umsetzen" + String(repeating: ")", count: 10_000)
        let visibleIf = DefinitionPath(parsing: "pages[0].questions[5].visibleIf")!
        let nested = try DefinitionEdit.set(visibleIf, .string(deep)).apply(to: feedback)
        // The expression does not parse (too deep), so it reads nothing; the edits go on.
        let renamed = try DefinitionEdit.renameQuestion(QuestionAddress(page: 0, index: 0), id: "kurs").apply(
            to: nested)
        #expect(renamed.value(at: DefinitionPath(parsing: "pages[0].questions[0].id")!) == "kurs")
        #expect(!EditingTestSupport.errors(nested).isEmpty)
    }

    @Test func definitionsOfTheWrongShapeGetTypedErrors() {
        let shapes: [JSON] = [.null, 5, "text", [], ["pages": 3], ["pages": [5]], ["pages": [["questions": [7]]]]]
        let edits: [DefinitionEdit] = [
            .addPage, .addQuestion(.single, page: 0), .duplicateQuestion(QuestionAddress(page: 0, index: 0)),
            .changeType(QuestionAddress(page: 0, index: 0), to: .scale), .addLanguage("en"), .removeLanguage("de"),
            .addChoice(.options(QuestionAddress(page: 0, index: 0))), .renamePage(0, id: "a"),
        ]
        for shape in shapes {
            for edit in edits {
                do {
                    _ = try edit.apply(to: shape)
                } catch {
                    #expect(!error.message(in: .de).isEmpty)
                }
            }
        }
    }
}
