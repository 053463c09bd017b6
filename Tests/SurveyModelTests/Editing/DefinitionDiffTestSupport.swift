import Testing

@testable import SurveyModel

/// A small bilingual survey that the diff tests change one thing at a time.
enum DiffFixture {
    static let base = #"""
        {"id": "t", "title": {"de": "Titel", "en": "Title"}, "languages": ["de", "en"], "access": "public",
         "pages": [
          {"id": "p1", "title": {"de": "Eins", "en": "One"}, "questions": [
            {"id": "a", "type": "single", "title": {"de": "Frage A", "en": "Question A"}, "options": [
              {"value": "1", "label": {"de": "ja", "en": "yes"}},
              {"value": "2", "label": {"de": "teilweise", "en": "partly"}},
              {"value": "3", "label": {"de": "nein", "en": "no"}}]},
            {"id": "b", "type": "number", "title": {"de": "B", "en": "B"}, "min": 0, "max": 10},
            {"id": "c", "type": "text", "title": {"de": "C", "en": "C"}}]},
          {"id": "p2", "title": {"de": "Zwei", "en": "Two"}, "questions": [
            {"id": "d", "type": "multiple", "title": {"de": "D", "en": "D"}, "options": [
              {"value": "x", "label": {"de": "X", "en": "X"}}, {"value": "y", "label": {"de": "Y", "en": "Y"}}]},
            {"id": "e", "type": "date", "title": {"de": "E", "en": "E"}}]}]}
        """#

    /// Loads a definition that must load.
    static func survey(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Survey {
        let result = Survey.load(bytes: Array(text.utf8), file: "t.json")
        return try #require(result.survey, "\(result.diagnostics.map(\.rendered))", sourceLocation: sourceLocation)
    }

    /// The base with each `(old, new)` text replaced; every `old` must occur, so no edit is lost silently.
    static func edited(
        _ replacements: (String, String)..., from text: String = base, sourceLocation: SourceLocation = #_sourceLocation
    ) -> String {
        var result = text
        for (old, new) in replacements {
            #expect(result.contains(old), "not in the definition: \(old)", sourceLocation: sourceLocation)
            result = result.replacing(old, with: new)
        }
        return result
    }

    /// The diff of the base (or `old`) against `new`.
    static func diff(_ new: String, from old: String = base, sourceLocation: SourceLocation = #_sourceLocation) throws
        -> DefinitionDiff
    {
        DefinitionDiff(
            old: try survey(old, sourceLocation: sourceLocation), new: try survey(new, sourceLocation: sourceLocation))
    }

    /// The changes' sentences in `language`; none, with an issue recorded, when a definition does not load.
    ///
    /// Not throwing, so that `#expect` shows both sides of a failed comparison.
    static func sentences(
        _ new: String, from old: String = base, _ language: DiagnosticLanguage = .en,
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> [String] {
        (try? diff(new, from: old, sourceLocation: sourceLocation))?.changes.map { $0.text(language) } ?? []
    }
}
