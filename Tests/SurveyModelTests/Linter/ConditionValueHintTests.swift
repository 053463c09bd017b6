import Testing

@testable import SurveyModel

/// A condition that names a value its question does not have is answered with the value meant:
/// the option whose label was written, or the allowed values when nothing comes close.
struct ConditionValueHintTests {
    /// A survey whose second question is shown under `condition`.
    static func diagnostics(_ condition: String) -> [Diagnostic] {
        let json = """
            {"id": "test", "title": "Test", "access": "token", "languages": ["de", "en"],
             "participantFields": [{"id": "schulart", "label": "Schulart", "options": [
               {"value": "gs", "label": {"de": "Grundschule", "en": "Primary school"}},
               {"value": "gym", "label": {"de": "Gymnasium", "en": "Grammar school"}}]}],
             "pages": [{"id": "p", "title": "Seite", "questions": [
               {"id": "traeger", "type": "single", "title": "Träger", "options": [
                 {"value": "kommune", "label": "Kommune"}, {"value": "frei", "label": "freier Träger"}]},
               {"id": "q", "type": "boolean", "title": "Frage", "visibleIf": "\(condition)"}]}]}
            """
        return Survey.load(bytes: Array(json.utf8), file: "test.json").diagnostics
    }

    @Test func participantFieldLabelSuggestsItsValueInBothLanguages() throws {
        let diagnostic = try #require(Self.diagnostics("participant.schulart == 'Grundschule'").first)
        #expect(diagnostic.text.id == .expressionLabelForValue)
        #expect(diagnostic.text.text(.en).hasSuffix("did you mean the value 'gs' (label 'Grundschule')?"))
        #expect(diagnostic.text.text(.de).hasSuffix("meinten Sie den Wert „gs“ (Beschriftung „Grundschule“)?"))
        #expect(diagnostic.text.text(.de).hasPrefix("Bedingung \"visibleIf\" von Frage \"q\": „Grundschule“"))
    }

    @Test func labelInAnotherLanguageAndCaseIsFound() throws {
        let diagnostic = try #require(Self.diagnostics("participant.schulart in ['gym', 'primary school']").first)
        #expect(diagnostic.text.text(.en).hasSuffix("did you mean the value 'gs' (label 'Primary school')?"))
    }

    @Test func questionOptionLabelSuggestsItsValue() throws {
        let diagnostic = try #require(Self.diagnostics("traeger == 'freier Träger'").first)
        #expect(diagnostic.text.text(.de).hasSuffix("meinten Sie den Wert „frei“ (Beschriftung „freier Träger“)?"))
    }

    @Test func valueFarFromEveryOptionListsTheAllowedValues() throws {
        let diagnostic = try #require(Self.diagnostics("traeger == 'land'").first)
        #expect(diagnostic.text.id == .expressionAllowedValues)
        #expect(diagnostic.text.text(.en).hasSuffix("; use one of 'kommune' (Kommune), 'frei' (freier Träger)"))
        #expect(diagnostic.text.text(.de).hasSuffix("; erlaubt sind 'kommune' (Kommune), 'frei' (freier Träger)"))
    }

    @Test func closeMisspellingKeepsItsSuggestion() throws {
        let diagnostic = try #require(Self.diagnostics("traeger == 'komune'").first)
        #expect(diagnostic.text.id == .expressionProblem)
        #expect(diagnostic.text.text(.en).hasSuffix("did you mean 'kommune'?"))
    }
}
