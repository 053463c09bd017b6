import Suggestions
import Testing

struct SuggestionTests {
    @Test(
        arguments: [
            ("requried", ["required", "requiredIf", "readonly"], "required"),
            ("schulart", ["schulrat", "schueler"], "schulrat"),
            ("schulrat", ["schulart", "schueler"], "schulart"),
            ("gss", ["gs", "hs", "rs", "gym"], "gs"),
            ("Schulart", ["schulart"], "schulart"),
            ("visibleif", ["visibleIf", "requiredIf"], "visibleIf"),
            ("internt", ["internet", "intranet"], "internet"),
            ("optoins", ["options", "other"], "options"),
            ("titel", ["title", "type"], "title"),
            ("multipel", ["multiple", "single"], "multiple"),
        ] as [(String, [String], String)])
    func suggestsTheClosestCandidate(word: String, candidates: [String], expected: String) {
        #expect(closestMatch(to: word, among: candidates) == expected)
    }

    @Test(
        arguments: [
            ("xyz", ["required", "title"]),
            ("ab", ["xy", "cd"]),
            ("a", ["b", "c"]),
            ("", ["a", "gs"]),
            ("gs", ["gs"]),
            ("bandbreite", ["internet", "schueler"]),
            ("zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz", ["z"]),
        ] as [(String, [String])])
    func suggestsNothingWhenNothingIsClose(word: String, candidates: [String]) {
        #expect(closestMatch(to: word, among: candidates) == nil)
    }

    @Test func breaksTiesAlphabeticallyWhateverTheOrder() {
        #expect(closestMatch(to: "gx", among: ["rs", "hs", "gs", "gy"]) == "gs")
        #expect(closestMatch(to: "gx", among: ["gy", "gs", "hs"]) == "gs")
    }

    @Test func prefersTheSmallerDistance() {
        #expect(closestMatch(to: "notebok", among: ["notebooks", "notebook"]) == "notebook")
    }
}
