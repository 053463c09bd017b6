/// The names of settings, texts and options in change sentences, German and English side by side.
///
/// The definition's own key follows in brackets where office staff may look for it in the file.
extension DefinitionChange {
    // swift-format-ignore
    static func name(of setting: Setting, _ words: DefinitionDiffWords) -> String {
        let (german, english): (String, String) =
            switch setting {
            case .languages: ("Sprachen", "languages")
            case .access: ("Zugang", "access")
            case .anonymous: ("Anonym", "anonymous")
            case .publicQuestionnaire: ("Öffentlicher Fragebogen", "public questionnaire")
            case .opens: ("Beginn", "opens")
            case .closes: ("Ende", "closes")
            case .timeZone: ("Zeitzone", "time zone")
            case .minGroupSize: ("Mindestgruppengröße im Bericht", "minimum group size of reports")
            case .reportExcluded: ("Aus Berichten ausgeschlossene Fragen", "questions left out of reports")
            case .reportIncluded: ("In Berichte aufgenommene Freitextfragen", "free-text questions brought into reports")
            case .reportSection(let number): ("Berichtsabschnitt \(number)", "report section \(number)")
            case .visibleIf: ("Sichtbarkeitsbedingung (visibleIf)", "visibility condition (visibleIf)")
            case .required: ("Pflichtangabe", "required")
            case .personal: ("Personenbezogene Daten", "personal data")
            case .report: ("Im Bericht (report)", "in reports (report)")
            case .min: ("Mindestwert", "minimum")
            case .max: ("Höchstwert", "maximum")
            case .integer: ("Nur ganze Zahlen", "whole numbers only")
            case .maxLength: ("Höchstlänge", "maximum length")
            case .multiline: ("Mehrzeilig", "multi-line")
            case .pattern: ("Muster", "pattern")
            case .format: ("Format", "format")
            case .display: ("Darstellung", "display")
            case .minSelected: ("Mindestzahl gewählter Optionen", "fewest choices")
            case .maxSelected: ("Höchstzahl gewählter Optionen", "most choices")
            case .rankCount: ("Anzahl der Ränge", "number of ranks")
            case .scaleFrom: ("Skala von", "scale from")
            case .scaleTo: ("Skala bis", "scale to")
            case .matrixCells: ("Antworten je Zeile", "answers per row")
            }
        return words.pick(german, english)
    }

    // swift-format-ignore
    static func name(of field: TextField, _ words: DefinitionDiffWords) -> String {
        let (german, english): (String, String) =
            switch field {
            case .title: ("Titel", "title")
            case .label: ("Bezeichnung", "label")
            case .description: ("Beschreibung", "description")
            case .privacy: ("Datenschutzhinweis", "privacy notice")
            case .reportIntro: ("Einleitung des Berichts", "introduction of reports")
            case .help: ("Hilfetext", "help text")
            case .noteText: ("Hinweistext", "text of the note")
            case .unit: ("Einheit", "unit")
            case .patternMessage: ("Meldung bei abweichendem Muster", "message for a mismatched pattern")
            case .otherLabel: ("Bezeichnung der Option „Sonstige“ (other)", "label of the “other” option")
            case .trueLabel: ("Beschriftung für „Ja“", "label for “yes”")
            case .falseLabel: ("Beschriftung für „Nein“", "label for “no”")
            case .notApplicable: ("Beschriftung für „nicht zutreffend“", "label for “not applicable”")
            case .scaleLabel(let point): ("Beschriftung der Skalenstufe \(point)", "label of scale point \(point)")
            case .optionLabel(let list, let value):
                ("Bezeichnung der " + itemName(list).de + " " + words.quoted(value),
                 "label of " + itemName(list).en + " " + words.quoted(value))
            case .ruleMessage(let source):
                ("Meldung der Prüfregel " + words.value(.expression(source)),
                 "message of validation rule " + words.value(.expression(source)))
            }
        return words.pick(german, english)
    }

    /// "Option „gs“" or "row “aktuell”", as the subject of a sentence.
    static func name(of list: OptionList, _ value: String, _ words: DefinitionDiffWords) -> String {
        let item = itemName(list)
        return words.pick(item.de, item.en) + " " + words.quoted(value)
    }

    /// What one entry of a list is called, in the forms the sentences need.
    static func itemName(_ list: OptionList) -> (de: String, dePlural: String, en: String, enPlural: String) {
        switch list {
        case .options: ("Option", "Optionen", "option", "options")
        case .rows: ("Zeile", "Zeilen", "row", "rows")
        case .columns: ("Spalte", "Spalten", "column", "columns")
        }
    }
}
