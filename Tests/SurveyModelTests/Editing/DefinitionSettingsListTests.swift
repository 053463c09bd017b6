import StrictJSON
import Testing

@testable import SurveyModel

/// Adding entries to the lists of the settings: each new entry loads as it stands.
@Suite struct DefinitionSettingsListTests {
    private func path(_ text: String) -> DefinitionPath { DefinitionPath(parsing: text)! }

    @Test func eachListGetsAnEntryThatLoads() throws {
        let feedback = try EditingTestSupport.shipped("fortbildung-feedback")
        let withField = try DefinitionEdit.addEntry(.participantFields).perform(on: feedback)
        let fields = withField.definition["participantFields"]?.elements ?? []
        #expect(withField.created == path("participantFields").appending(fields.count - 1))
        #expect(EditingTestSupport.errors(withField.definition) == [])
        let index = fields.count - 1
        let withOption = try DefinitionEdit.addEntry(.fieldOptions(index)).perform(on: withField.definition)
        #expect(withOption.created == path("participantFields[\(index)].options[0]"))
        #expect(EditingTestSupport.errors(withOption.definition) == [])
        let second = try DefinitionEdit.addEntry(.fieldOptions(index)).apply(to: withOption.definition)
        let values = second.value(at: path("participantFields[\(index)].options"))?.elements?.compactMap {
            $0["value"]?.string
        }
        #expect(values == ["wert_1", "wert_2"])
        let withSection = try DefinitionEdit.addEntry(.reportSections).apply(to: second)
        #expect(EditingTestSupport.errors(withSection) == [])
    }

    @Test func aSectionTakesTheFirstQuestionNoSectionListsYet() throws {
        let feedback = try EditingTestSupport.shipped("fortbildung-feedback")
        let one = try DefinitionEdit.addEntry(.reportSections).apply(to: feedback)
        let two = try DefinitionEdit.addEntry(.reportSections).apply(to: one)
        let sections = two.value(at: path("report.sections"))?.elements ?? []
        let lists = sections.map { $0["questions"]?.elements?.compactMap(\.string) ?? [] }
        #expect(lists.count == 2 && lists.allSatisfy { $0.count == 1 } && lists[0] != lists[1])
        #expect(EditingTestSupport.errors(two) == [])
    }

    @Test func listsAreKnownByTheirPathOnly() throws {
        for list in [SettingsList.participantFields, .fieldOptions(3), .reportSections] {
            #expect(SettingsList(path: list.path) == list)
        }
        for other in ["participantFields[0]", "report", "pages[0].questions", "participantFields[0].label"] {
            #expect(SettingsList(path: path(other)) == nil, "\(other)")
        }
        let feedback = try EditingTestSupport.shipped("fortbildung-feedback")
        #expect(throws: DefinitionEditError.self) { try DefinitionEdit.addEntry(.fieldOptions(7)).apply(to: feedback) }
    }
}
