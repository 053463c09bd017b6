import StrictJSON
import Testing

@testable import SurveyModel

/// Every structural edit at every page, question and choice of the shipped surveys.
@Suite struct DefinitionEditEverywhereTests {
    /// The edits that can be made at `address` of `definition`.
    private static func edits(at address: QuestionAddress, of definition: JSON, pageCount: Int) -> [DefinitionEdit] {
        var edits: [DefinitionEdit] = [
            .duplicateQuestion(address), .moveQuestionUp(address), .moveQuestionDown(address),
            .moveQuestionToPage(address, page: (address.page + 1) % pageCount), .deleteQuestion(address),
            .setOther(address, true), .setOther(address, false), .setNotApplicable(address, true),
            .setNotApplicable(address, false),
        ]
        edits += QuestionType.allCases.map { .changeType(address, to: $0) }
        for list in [ChoiceList.options(address), .rows(address)] {
            let count = definition.value(at: list.path)?.elements?.count ?? 0
            edits.append(.addChoice(list))
            for index in 0..<count {
                edits += [
                    .removeChoice(list, index), .moveChoiceUp(list, index), .moveChoiceDown(list, index),
                    .setChoiceValue(list, index, "neuer_wert"),
                ]
            }
        }
        return edits
    }

    /// After each edit that is not refused, the result loads, or every error lies inside the paths
    /// the edit touched and is new there: a type change that keeps `min: 1` for a date, a removed
    /// option that leaves `rankCount` too large, a move that puts a condition before its question.
    @Test(arguments: ["fortbildung-feedback", "digitale-bildung"])
    func everyEditLoadsOrIsFlaggedWhereItWasMade(id: String) throws {
        let definition = try EditingTestSupport.shipped(id)
        let pages = definition["pages"]?.elements ?? []
        var applied = 0
        var loaded = 0
        for (page, content) in pages.enumerated() {
            for index in (content["questions"]?.elements ?? []).indices {
                let address = QuestionAddress(page: page, index: index)
                for edit in Self.edits(at: address, of: definition, pageCount: pages.count) {
                    guard let outcome = try? edit.perform(on: definition) else { continue }
                    applied += 1
                    if EditingTestSupport.load(outcome.definition).survey != nil {
                        loaded += 1
                        continue
                    }
                    let errors = EditingTestSupport.diagnosticPaths(outcome.definition).filter {
                        $0.diagnostic.severity == .error
                    }
                    for error in errors {
                        #expect(
                            outcome.touched.contains { $0.contains(error.path) }, "\(edit): \(error.diagnostic.message)"
                        )
                    }
                }
            }
        }
        #expect(applied > 100)
        #expect(loaded * 10 > applied * 8, "\(loaded) of \(applied) edits give a survey that loads")
    }
}
