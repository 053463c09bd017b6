import Foundation
import Testing

@testable import SurveyModel

/// One test per kind of change: the typed change and the sentence a reader gets.
@Suite struct DefinitionDiffTests {
    typealias F = DiffFixture

    @Test func sameDefinitionHasNoChanges() throws {
        #expect(try F.diff(F.base).isEmpty)
    }

    @Test func surveySettings() throws {
        let new = F.edited(
            (#""en": "Title"}"#, #""en": "New title"}, "description": "Bitte antworten Sie.""#),
            (
                #""access": "public""#,
                #""access": "token", "anonymous": true, "opens": "2026-11-16T08:00", "closes": "2027-01-29", "timeZone": "Europe/Vienna", "privacy": "Anonym.", "report": {"minGroupSize": 7}"#
            ),
            (#""languages": ["de", "en"]"#, #""languages": ["de", "en", "fr"]"#))
        #expect(
            F.sentences(new) == [
                "Survey: title changed: “Title” → “New title” (en)",
                "Survey: description added: “Bitte antworten Sie.”",
                "Survey: privacy notice added: “Anonym.”",
                "Survey: languages changed: added “fr”",
                "Survey: access changed: anyone with the link (public) → invited participants only (token)",
                "Survey: anonymous changed: no → yes",
                "Survey: public questionnaire changed: yes → no",
                "Survey: opens added: 2026-11-16 08:00",
                "Survey: closes added: 2027-01-29 24:00",
                "Survey: time zone changed: “Europe/Berlin” → “Europe/Vienna”",
                "Survey: minimum group size of reports added: 7",
            ])
        #expect(
            F.sentences(new, .de).filter { $0.contains("Beginn") || $0.contains("Ende") } == [
                "Befragung: Beginn hinzugefügt: 16.11.2026, 08:00", "Befragung: Ende hinzugefügt: 29.01.2027, 24:00",
            ])
    }

    @Test func participantFields() throws {
        let old = F.edited(
            (
                #""access": "public""#,
                #""access": "token", "participantFields": [{"id": "schulart", "label": "Schulart", "options": [{"value": "gs", "label": "Grundschule"}]}, {"id": "ort", "label": "Ort"}]"#
            ))
        let new = F.edited(
            (
                #""access": "public""#,
                #""access": "token", "participantFields": [{"id": "schulart", "label": "Art der Schule", "options": [{"value": "gs", "label": "Grundschule"}, {"value": "gym", "label": "Gymnasium"}]}, {"id": "kreis", "label": "Kreis"}]"#
            ))
        #expect(
            F.sentences(new, from: old) == [
                "Participant field “schulart”: label changed: “Schulart” → “Art der Schule”",
                "Participant field “schulart”: option “gym” added: “Gymnasium”",
                "Participant field “kreis” added: “Kreis”",
                "Participant field “ort” removed: “Ort”",
            ])
    }

    @Test func pagesAddedRemovedRenamedAndMoved() throws {
        func definition(_ pages: String...) -> String {
            #"{"id": "t", "title": "T", "access": "public", "pages": ["# + pages.joined(separator: ", ") + "]}"
        }
        func page(_ id: String, _ title: String, _ question: String) -> String {
            #"{"id": "\#(id)", "title": "\#(title)", "questions": [{"id": "\#(question)", "type": "boolean", "title": "\#(question)"}]}"#
        }
        let old = definition(page("p1", "Eins", "a"), page("p2", "Zwei", "b"), page("p3", "Drei", "c"))
        let new = definition(page("p2", "Zwei", "b"), page("p4", "Vier", "d"), page("p1", "Erste Seite", "a"))
        #expect(
            F.sentences(new, from: old) == [
                "Page “p2” moved: position 2 → 1",
                "Page “p4” added at position 2: “Vier”",
                "Question “d” (yes/no) added at position 1 on page “p4”: “d”",
                "Page “p1”: title changed: “Eins” → “Erste Seite”",
                "Page “p3” removed: “Drei”",
                "Question “c” removed from page “p3”: “c”",
            ])
        #expect(
            F.sentences(new, from: old, .de).prefix(2) == [
                "Seite „p2“ verschoben: Position 2 → 1", "Seite „p4“ an Position 2 hinzugefügt: „Vier“",
            ])
    }

    @Test func questionsMovedWithinAndBetweenPages() throws {
        let new = F.edited(
            (#"{"id": "b", "type": "number", "title": {"de": "B", "en": "B"}, "min": 0, "max": 10},"#, ""),
            (
                #"{"id": "c", "type": "text", "title": {"de": "C", "en": "C"}}]},"#,
                #"{"id": "c", "type": "text", "title": {"de": "C", "en": "C"}}]}, "#
            ),
            (
                #"{"id": "a", "type": "single""#,
                #"{"id": "c2", "type": "note", "text": "Hinweis"}, {"id": "a", "type": "single""#
            ),
            (
                #"{"id": "e", "type": "date", "title": {"de": "E", "en": "E"}}"#,
                #"{"id": "e", "type": "date", "title": {"de": "E", "en": "E"}}, {"id": "b", "type": "number", "title": {"de": "B", "en": "B"}, "min": 0, "max": 10}"#
            ))
        #expect(
            F.sentences(new) == [
                "Question “c2” (note) added at position 1 on page “p1”",
                "Question “b” moved from page “p1” (position 2) to page “p2” (position 3)",
            ])
        let reordered = F.edited(
            (#"{"id": "b", "type": "number", "title": {"de": "B", "en": "B"}, "min": 0, "max": 10},"#, ""),
            (
                #"{"id": "c", "type": "text", "title": {"de": "C", "en": "C"}}]},"#,
                #"{"id": "c", "type": "text", "title": {"de": "C", "en": "C"}}, {"id": "b", "type": "number", "title": {"de": "B", "en": "B"}, "min": 0, "max": 10}]},"#
            ))
        // b moved below c, which reads the same as c moved above b: one of them is named.
        #expect(F.sentences(reordered) == ["Question “c” moved: position 3 → 2"])
        #expect(F.sentences(reordered, .de) == ["Frage „c“ verschoben: Position 3 → 2"])
    }

    @Test func aChangedIDShowsAsRemovedAndAdded() throws {
        let new = F.edited((#"{"id": "c", "type": "text""#, #"{"id": "c_neu", "type": "text""#))
        let sentences = F.sentences(new)
        #expect(
            sentences == [
                "Question “c_neu” (text) added at position 3 on page “p1”: “C” (same type and title as the removed question “c”: a changed id counts as a new question)",
                "Question “c” removed from page “p1”: “C”",
            ])
        #expect(F.sentences(new, .de).last == "Frage „c“ von Seite „p1“ entfernt: „C“")
    }

    @Test func typeChanged() throws {
        let new = F.edited((#""id": "d", "type": "multiple""#, #""id": "d", "type": "ranking""#))
        #expect(F.sentences(new) == ["Question “d”: type changed: multiple choice → ranking"])
        #expect(F.sentences(new, .de) == ["Frage „d“: Typ geändert: Mehrfachauswahl → Rangfolge"])
    }

    @Test func textsPerLanguageAndWhole() throws {
        let new = F.edited(
            (#"{"de": "teilweise", "en": "partly"}"#, #"{"de": "zum Teil", "en": "partly"}"#),
            (
                #""title": {"de": "Frage A", "en": "Question A"}"#,
                #""title": {"de": "Frage A", "en": "Question A"}, "help": {"de": "Hilfe", "en": "Help"}"#
            ))
        #expect(
            F.sentences(new, .de) == [
                "Frage „a“: Hilfetext hinzugefügt: „Hilfe“",
                "Frage „a“: Bezeichnung der Option „2“ geändert: „teilweise“ → „zum Teil“ (de)",
            ])
        #expect(F.sentences(F.base, from: new).first == "Question “a”: help text removed (was “Help”)")
    }

    @Test func optionsAddedRemovedReorderedAndValuesChanged() throws {
        let new = F.edited(
            (#"{"value": "1", "label": {"de": "ja", "en": "yes"}},"#, ""),
            (
                #"{"value": "3", "label": {"de": "nein", "en": "no"}}"#,
                #"{"value": "3", "label": {"de": "nein", "en": "no"}}, {"value": "1", "label": {"de": "ja", "en": "yes"}}, {"value": "4", "label": {"de": "vier", "en": "four"}}"#
            ),
            (
                #"{"value": "x", "label": {"de": "X", "en": "X"}}, {"value": "y""#,
                #"{"value": "xx", "label": {"de": "X", "en": "X"}}, {"value": "y""#
            ),
            (
                #"{"value": "y", "label": {"de": "Y", "en": "Y"}}"#,
                #"{"value": "y", "label": {"de": "Y", "en": "Y"}, "exclusive": true}"#
            ))
        let diff = try F.diff(new)
        #expect(
            diff.changes.map { $0.text(.en) } == [
                "Question “a”: order of options changed: “1”, “2”, “3” → “2”, “3”, “1”",
                "Question “a”: option “4” added: “four”",
                "Question “d”: value of the option at position 1 changed: “x” → “xx” (label “X”)",
                "Question “d”: option “y” now excludes all others",
            ])
        #expect(diff.changedOptionValues == [OptionValueChange(question: "d", list: .options, old: "x", new: "xx")])
        #expect(diff.removedOptionValues == [])
        let removed = try F.diff(
            F.edited((#""partly"}},"#, #""partly"}}"#), (#"{"value": "3", "label": {"de": "nein", "en": "no"}}"#, "")))
        #expect(removed.changes.map { $0.text(.de) } == ["Frage „a“: Option „3“ entfernt: „nein“"])
        #expect(removed.removedOptionValues == [OptionValueChange(question: "a", list: .options, old: "3", new: nil)])
    }

    @Test func aRelabelledValueIsNotAValueChange() throws {
        // Same position, new value and new label: the option was replaced, not renamed.
        let new = F.edited(
            (#"{"value": "x", "label": {"de": "X", "en": "X"}}"#, #"{"value": "z", "label": {"de": "Z", "en": "Z"}}"#))
        let diff = try F.diff(new)
        #expect(diff.changedOptionValues == [])
        #expect(
            diff.changes.map { $0.text(.en) } == [
                "Question “d”: option “z” added: “Z”", "Question “d”: option “x” removed: “X”",
            ])
    }

    @Test func limits() throws {
        let old = F.edited(
            (
                #"{"id": "c", "type": "text", "title": {"de": "C", "en": "C"}}"#,
                #"{"id": "c", "type": "text", "title": {"de": "C", "en": "C"}, "maxLength": 100}"#
            ),
            (
                #"{"id": "e", "type": "date", "title": {"de": "E", "en": "E"}}"#,
                #"{"id": "e", "type": "date", "title": {"de": "E", "en": "E"}, "min": "2026-01-01"}"#
            ))
        let new = F.edited(
            (#""min": 0, "max": 10}"#, #""min": 0.5, "max": 20, "integer": false, "unit": "Std."}"#),
            (
                #"{"id": "c", "type": "text", "title": {"de": "C", "en": "C"}}"#,
                #"{"id": "c", "type": "text", "title": {"de": "C", "en": "C"}, "pattern": "[0-9]{5}"}"#
            ),
            (
                #""title": {"de": "D", "en": "D"}, "options""#,
                #""title": {"de": "D", "en": "D"}, "minSelected": 1, "maxSelected": 2, "options""#
            ),
            (
                #"{"id": "e", "type": "date", "title": {"de": "E", "en": "E"}}"#,
                #"{"id": "e", "type": "date", "title": {"de": "E", "en": "E"}, "min": "2026-02-01", "max": "2027-12-31"}"#
            ))
        #expect(
            F.sentences(new, from: old) == [
                "Question “b”: minimum changed: 0 → 0.5",
                "Question “b”: maximum changed: 10 → 20",
                "Question “b”: unit added: “Std.”",
                "Question “c”: pattern added: “[0-9]{5}”",
                "Question “c”: maximum length removed (was 100)",
                "Question “d”: fewest choices added: 1",
                "Question “d”: most choices added: 2",
                "Question “e”: minimum changed: 2026-01-01 → 2026-02-01",
                "Question “e”: maximum added: 2027-12-31",
            ])
        #expect(F.sentences(new, from: old, .de).first == "Frage „b“: Mindestwert geändert: 0 → 0,5")
        #expect(F.sentences(new, from: old, .de).last == "Frage „e“: Höchstwert hinzugefügt: 31.12.2027")
    }

    @Test func conditionsRequirementsAndRules() throws {
        let old = F.edited(
            (
                #""min": 0, "max": 10}"#,
                #""min": 0, "max": 10, "required": true, "validate": [{"expr": "b < 5", "message": "klein"}, {"expr": "b != 3", "message": "nicht drei"}]}"#
            ))
        let new = F.edited(
            (
                #""min": 0, "max": 10}"#,
                #""min": 0, "max": 10, "requiredIf": "a == '1'", "visibleIf": "a != '3'", "validate": [{"expr": "b < 6", "message": "kleiner"}, {"expr": "b != 3", "message": "nicht drei"}, {"expr": "b != 4", "message": "nicht vier"}]}"#
            ))
        #expect(
            F.sentences(new, from: old) == [
                "Question “b”: required changed: yes → if “a == '1'”",
                "Question “b”: visibility condition (visibleIf) added: “a != '3'”",
                "Question “b”: validation rule 1 changed: “b < 5” → “b < 6”",
                "Question “b”: message of validation rule “b < 6” changed: “klein” → “kleiner”",
                "Question “b”: validation rule added: “b != 4”",
            ])
        #expect(
            F.sentences(old, from: new, .de).suffix(2) == [
                "Frage „b“: Meldung der Prüfregel „b < 5“ geändert: „kleiner“ → „klein“",
                "Frage „b“: Prüfregel entfernt: „b != 4“",
            ])
    }

    @Test func personalAndReportFlags() throws {
        let new = F.edited(
            (
                #"{"id": "c", "type": "text", "title": {"de": "C", "en": "C"}}"#,
                #"{"id": "c", "type": "text", "title": {"de": "C", "en": "C"}, "personal": true}"#
            ),
            (#""min": 0, "max": 10}"#, #""min": 0, "max": 10, "report": false}"#))
        #expect(
            F.sentences(new, .de) == [
                "Frage „b“: Im Bericht (report) hinzugefügt: nein",
                "Frage „c“: Personenbezogene Daten geändert: nein → ja",
            ])
    }

    @Test func matrixRowsAndScale() throws {
        let matrix = #"""
            {"id": "m", "type": "matrix", "title": "M", "rows": [{"value": "r1", "label": "Zeile 1"}, {"value": "r2", "label": "Zeile 2"}],
             "scale": {"from": 1, "to": 5, "labels": {"1": "schlecht", "5": "gut"}}}
            """#
        let old = F.edited((#"{"id": "e", "type": "date""#, matrix + #", {"id": "e", "type": "date""#))
        let new = F.edited(
            (#""label": "Zeile 2""#, #""label": "Zweite Zeile""#), (#""to": 5"#, #""to": 4"#),
            (#""5": "gut"}}"#, #""4": "gut"}}, "notApplicable": {"label": "weiß nicht"}"#), from: old)
        #expect(
            F.sentences(new, from: old) == [
                "Question “m”: label of row “r2” changed: “Zeile 2” → “Zweite Zeile”",
                "Question “m”: scale to changed: 5 → 4",
                "Question “m”: label of scale point 4 added: “gut”",
                "Question “m”: label for “not applicable” added: “weiß nicht”",
                "Question “m”: label of scale point 5 removed (was “gut”)",
            ])
    }

    @Test func longTextsAreShortenedToOneLine() throws {
        let long = String(repeating: "Sehr lange Frage ", count: 10) + "\\nmit Umbruch"
        let new = F.edited((#""de": "Frage A""#, #""de": ""# + long + #"""#))
        let sentence = try #require(F.sentences(new, .de).first)
        #expect(
            sentence
                == "Frage „a“: Titel geändert: „Frage A“ → „Sehr lange Frage Sehr lange Frage Sehr lange Frage Sehr…“ (de)"
        )
        #expect(!sentence.contains("\n"))
    }

    /// A change at the end of a long text shows the words around it, not two equal beginnings.
    @Test func aChangeNearTheEndOfALongTextShowsItsSurroundings() {
        let start = "Zählen Sie nur Geräte, die der Schule gehören und von Schülerinnen und Schülern genutzt werden."
        let old = F.edited((#""de": "Frage A""#, #""de": "\#(start) Tragen Sie 0 ein.""#))
        let new = F.edited((#""de": "Frage A""#, #""de": "\#(start) Tragen Sie 0 ein, wenn keine da sind.""#))
        #expect(
            F.sentences(new, from: old, .de) == [
                "Frage „a“: Titel geändert: „…Tragen Sie 0 ein.“ → „…Tragen Sie 0 ein, wenn keine da sind.“ (de)"
            ])
    }

    @Test func stableIDsKeepTheLongestOrderedRun() {
        #expect(DefinitionDiff.stableIDs(old: ["a", "b", "c", "d"], new: ["b", "c", "d", "a"]) == ["b", "c", "d"])
        #expect(DefinitionDiff.stableIDs(old: ["a", "b"], new: ["x", "a", "y", "b"]) == ["a", "b"])
        #expect(DefinitionDiff.stableIDs(old: [], new: ["a"]) == [])
    }
}
