/// The wording of the settings page and of the structure controls of the overview and page editor.
///
/// Kept apart from ``DesignerPhrase`` so that each designer page keeps its own words.
enum SettingsPhrase: Sendable {
    case editSettings, saveChanges, texts
    case removeLanguage(String)
    case addLanguage, newLanguage
    case accessAndTime, publicQuestionnaire, publicDefault, publicYes, publicNo
    case timeHelp, timeZoneHelp
    case field(Int)
    case fieldID, fieldLabel, fieldOptions, optionValue, optionLabel
    case option(Int)
    case addField
    case removeField(String)
    case addOption
    case removeOption(String)
    case fieldOptionsHelp
    case minGroupSizeHelp(Int)
    case report, reportIntro, exclude, include, idListHelp, sections
    case section(Int)
    case sectionTitle
    case sectionQuestions, addSection
    case removeSection(Int)
    case pageID, visibleIf, visibleIfHelp, editPage
    case movePageUp(String)
    case movePageDown(String)
    case deletePage(String)
    case addQuestion
    case questionTypeFor(String)
    case addQuestionTo(String)
    case moveUp(String)
    case moveDown(String)
    case duplicate(String)
    case delete(String)
    case moveToPage(String)
    case targetPageFor(String)
    case addPage
    case deleteShort, duplicateShort, moveShort, noSuchPage

    /// The phrase in `language`.
    func text(_ language: UILanguage) -> String {
        let (german, english) = pair
        return language == .de ? german : english
    }

    private var pair: (String, String) {
        switch self {
        case .editSettings: ("Einstellungen bearbeiten", "Edit settings")
        case .saveChanges: ("Änderungen speichern", "Save changes")
        case .texts: ("Texte", "Texts")
        case .removeLanguage(let name): ("Sprache „\(name)“ entfernen", "Remove the language “\(name)”")
        case .addLanguage: ("Sprache hinzufügen", "Add language")
        case .newLanguage: ("Neue Sprache", "New language")
        case .accessAndTime: ("Zugang und Zeitraum", "Access and period")
        case .publicQuestionnaire: ("Leerer Fragebogen für alle sichtbar", "Blank questionnaire visible to anyone")
        case .publicDefault:
            ("Standard (ja bei öffentlichem Zugang, sonst nein)", "Default (yes for public access, otherwise no)")
        case .publicYes: ("ja", "yes")
        case .publicNo: ("nein", "no")
        case .timeHelp:
            (
                "Ein Datum (2026-11-16) oder Datum und Uhrzeit (2026-11-16T08:00); leer lassen für „ohne Grenze“. Ein Datum allein bedeutet beim Ende: bis zum Ende dieses Tages.",
                "A date (2026-11-16) or a date and time (2026-11-16T08:00); leave empty for “no limit”. A date alone as the end means: until the end of that day."
            )
        case .timeZoneHelp:
            (
                "Ein IANA-Name wie Europe/Berlin; gilt für Beginn und Ende ohne Zeitzonenangabe.",
                "An IANA name such as Europe/Berlin; applies to opens and closes without an offset."
            )
        case .field(let number): ("Merkmal \(number)", "Field \(number)")
        case .fieldID: ("Kennung", "Id")
        case .fieldLabel: ("Bezeichnung", "Label")
        case .fieldOptions: ("Erlaubte Werte", "Allowed values")
        case .fieldOptionsHelp:
            ("Ohne Werte nimmt das Merkmal beliebigen Text auf.", "Without values the field holds any text.")
        case .optionValue: ("Gespeicherter Wert", "Stored value")
        case .optionLabel: ("Beschriftung", "Label")
        case .option(let number): ("Wert \(number)", "Value \(number)")
        case .addField: ("Merkmal hinzufügen", "Add field")
        case .removeField(let id): ("Merkmal „\(id)“ entfernen", "Remove the field “\(id)”")
        case .addOption: ("Wert hinzufügen", "Add value")
        case .removeOption(let value): ("Wert „\(value)“ entfernen", "Remove the value “\(value)”")
        case .minGroupSizeHelp(let standard):
            (
                "Gruppen mit weniger Antworten werden nicht gezeigt; leer heißt \(standard), 1 schaltet das ab.",
                "Groups with fewer responses are not shown; empty means \(standard), 1 turns this off."
            )
        case .report: ("Bericht", "Report")
        case .reportIntro: ("Einleitung des Berichts", "Introduction of the report")
        case .exclude: ("Fragen, die kein Bericht zeigt", "Questions no report shows")
        case .include: ("Freitextfragen, die Berichte doch zeigen", "Free-text questions reports show after all")
        case .idListHelp:
            ("Kennungen der Fragen, durch Kommas getrennt.", "Question ids, separated by commas.")
        case .sections: ("Abschnitte des Berichts", "Sections of the report")
        case .section(let number): ("Abschnitt \(number)", "Section \(number)")
        case .sectionTitle: ("Überschrift", "Heading")
        case .sectionQuestions: ("Fragen des Abschnitts", "Questions of the section")
        case .addSection: ("Abschnitt hinzufügen", "Add section")
        case .removeSection(let number): ("Abschnitt \(number) entfernen", "Remove section \(number)")
        case .pageID: ("Kennung der Seite", "Page id")
        case .visibleIf: ("Nur zeigen, wenn", "Show only if")
        case .visibleIfHelp:
            (
                "Ein Ausdruck über Fragen früherer Seiten, z. B. schulart == 'gs'; leer lassen, um die Seite immer zu zeigen.",
                "An expression over questions of earlier pages, e.g. schulart == 'gs'; leave empty to always show the page."
            )
        case .editPage: ("Seite bearbeiten", "Edit page")
        case .movePageUp(let title): ("Seite „\(title)“ nach oben", "Move page “\(title)” up")
        case .movePageDown(let title): ("Seite „\(title)“ nach unten", "Move page “\(title)” down")
        case .deletePage(let title): ("Seite „\(title)“ löschen", "Delete page “\(title)”")
        case .addQuestion: ("Frage hinzufügen", "Add question")
        case .questionTypeFor(let title):
            ("Art der neuen Frage auf „\(title)“", "Type of the new question on “\(title)”")
        case .addQuestionTo(let title): ("Frage zu „\(title)“ hinzufügen", "Add a question to “\(title)”")
        case .moveUp(let id): ("Frage „\(id)“ nach oben", "Move question “\(id)” up")
        case .moveDown(let id): ("Frage „\(id)“ nach unten", "Move question “\(id)” down")
        case .duplicate(let id): ("Frage „\(id)“ duplizieren", "Duplicate question “\(id)”")
        case .delete(let id): ("Frage „\(id)“ löschen", "Delete question “\(id)”")
        case .moveToPage(let id): ("Frage „\(id)“ verschieben", "Move question “\(id)”")
        case .targetPageFor(let id): ("Zielseite für „\(id)“", "Target page for “\(id)”")
        case .addPage: ("Seite hinzufügen", "Add page")
        case .noSuchPage:
            ("Diese Befragung hat keine Seite mit dieser Nummer.", "This survey has no page with that number.")
        case .deleteShort: ("Löschen", "Delete")
        case .duplicateShort: ("Duplizieren", "Duplicate")
        case .moveShort: ("Verschieben", "Move")
        }
    }
}
