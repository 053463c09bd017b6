/// The wording of the question editor, in German and English.
enum QuestionEditorPhrase: Sendable {
    case editQuestion(String)
    case questionMissing
    case basics, conditions, rules, save
    case typeSettings(String)
    case id, idHelp, type, typeHelp, changeType
    case droppedKeys(String)
    case title, help, required, personal, report, reportDefault, reportAlways, reportNever
    case requiredIf, requiredIfHelp, visibleIf, visibleIfHelp
    case noRules, addRule, ruleExpression, ruleExpressionHelp, ruleMessage
    case ruleNumber(Int)
    case removeRule(Int)
    case references(Int)
    case noReferences, rowsHeading, optionValues, optionsHeading
    case value, exclusive, addOption, addRow, remove
    case labelIn(String)
    case valueOf(Int)
    case labelOf(Int, String)
    case exclusiveOf(Int)
    case moveUp(Int)
    case moveDown(Int)
    case removeNumber(Int)
    case multiline, maxLength, maxLengthHelp, pattern, patternHelp, patternMessage, format, formatNone, formatEmail
    case integer, min, max, unit
    case display, displayRadio, displayDropdown, other, notApplicable, minSelected, maxSelected
    case switchOn(String)
    case switchOff(String)
    case extraAbsent(String)
    case labelTrue, labelFalse, scaleFrom, scaleTo
    case pointLabel(String)
    case rankCount, rankCountHelp, earliest, latest, dateHelp, noteText

    /// The phrase in `language`.
    func text(_ language: UILanguage) -> String {
        let (german, english) = pair
        return language == .de ? german : english
    }

    private var pair: (String, String) {
        switch self {
        case .editQuestion(let id): ("Frage „\(id)“ bearbeiten", "Edit question “\(id)”")
        case .questionMissing:
            ("Diese Befragung hat keine Frage mit dieser Kennung.", "This survey has no question with this id.")
        case .basics: ("Frage", "Question")
        case .conditions: ("Bedingungen", "Conditions")
        case .rules: ("Prüfregeln", "Validation rules")
        case .save: ("Speichern", "Save")
        case .typeSettings(let type): ("Einstellungen des Typs „\(type)“", "Settings of the type “\(type)”")
        case .id: ("Kennung", "Id")
        case .idHelp:
            (
                "Buchstaben, Ziffern und _, am Anfang ein Buchstabe. Bedingungen und Exporte verwenden sie.",
                "Letters, digits and _, starting with a letter. Conditions and exports use it."
            )
        case .type: ("Fragetyp", "Question type")
        case .typeHelp:
            (
                "Angaben, die der neue Typ nicht kennt, werden beim Wechsel entfernt.",
                "Settings the new type does not know are removed when the type changes."
            )
        case .changeType: ("Typ ändern", "Change type")
        case .droppedKeys(let keys):
            ("Beim Wechsel des Typs entfernt: \(keys).", "Removed with the change of type: \(keys).")
        case .title: ("Fragetext", "Question text")
        case .help: ("Erläuterung", "Explanation")
        case .required: ("Antwort erforderlich", "Answer required")
        case .personal: ("Personenbezogene Angabe", "Personal data")
        case .report: ("Im Bericht", "In reports")
        case .reportDefault: ("wie üblich für diesen Typ", "as usual for this type")
        case .reportAlways: ("immer zeigen", "always show")
        case .reportNever: ("nie zeigen", "never show")
        case .requiredIf: ("Erforderlich, wenn", "Required if")
        case .requiredIfHelp:
            (
                "Ein Ausdruck, z. B. internet == 'glasfaser'. Leer lassen, wenn „Antwort erforderlich“ genügt.",
                "An expression, e.g. internet == 'glasfaser'. Leave empty when “Answer required” suffices."
            )
        case .visibleIf: ("Nur zeigen, wenn", "Show only if")
        case .visibleIfHelp:
            (
                "Ein Ausdruck über frühere Fragen; leer heißt: immer zeigen.",
                "An expression over earlier questions; empty means: always show."
            )
        case .noRules: ("Diese Frage hat keine Prüfregeln.", "This question has no validation rules.")
        case .addRule: ("Prüfregel hinzufügen", "Add validation rule")
        case .ruleExpression: ("Bedingung, die erfüllt sein muss", "Condition that must hold")
        case .ruleExpressionHelp:
            (
                "Die Antwort wird nur angenommen, solange der Ausdruck wahr ist.",
                "The answer is accepted only while the expression is true."
            )
        case .ruleMessage: ("Meldung, wenn nicht erfüllt", "Message when it does not hold")
        case .ruleNumber(let number): ("Prüfregel \(number)", "Rule \(number)")
        case .removeRule(let number): ("Prüfregel \(number) entfernen", "Remove rule \(number)")
        case .references(let count):
            (
                "Frühere Fragen zum Verweisen (\(count))",
                "Earlier questions to refer to (\(count))"
            )
        case .noReferences:
            ("Vor dieser Frage steht keine Frage mit Antwort.", "No question with an answer comes before this one.")
        case .rowsHeading: ("Zeilen", "Rows")
        case .optionValues: ("Werte der Antworten", "Values of the answers")
        case .optionsHeading: ("Antwortmöglichkeiten", "Options")
        case .value: ("Wert", "Value")
        case .exclusive: ("Schließt andere aus", "Excludes others")
        case .addOption: ("Antwortmöglichkeit hinzufügen", "Add option")
        case .addRow: ("Zeile hinzufügen", "Add row")
        case .remove: ("Entfernen", "Remove")
        case .labelIn(let language): ("Beschriftung (\(language))", "Label (\(language))")
        case .valueOf(let number): ("Wert \(number)", "Value \(number)")
        case .labelOf(let number, let language):
            ("Beschriftung \(number) (\(language))", "Label \(number) (\(language))")
        case .exclusiveOf(let number): ("Nr. \(number) schließt andere aus", "No. \(number) excludes others")
        case .moveUp(let number): ("Nr. \(number) nach oben", "Move no. \(number) up")
        case .moveDown(let number): ("Nr. \(number) nach unten", "Move no. \(number) down")
        case .removeNumber(let number): ("Nr. \(number) entfernen", "Remove no. \(number)")
        case .multiline: ("Mehrzeiliges Textfeld", "Multi-line text field")
        case .maxLength: ("Höchstens Zeichen", "Maximum characters")
        case .maxLengthHelp:
            (
                "Leer: 1.000 Zeichen in einer Zeile, 10.000 in einem mehrzeiligen Feld.",
                "Empty: 1,000 characters on one line, 10,000 in a multi-line field."
            )
        case .pattern: ("Muster (regulärer Ausdruck)", "Pattern (regular expression)")
        case .patternHelp:
            ("Die ganze Antwort muss passen, z. B. \\d{5}.", "The whole answer must match, e.g. \\d{5}.")
        case .patternMessage: ("Meldung, wenn das Muster nicht passt", "Message when the pattern does not match")
        case .format: ("Format", "Format")
        case .formatNone: ("beliebiger Text", "any text")
        case .formatEmail: ("E-Mail-Adresse", "e-mail address")
        case .integer: ("Nur ganze Zahlen", "Whole numbers only")
        case .min: ("Kleinster Wert", "Smallest value")
        case .max: ("Größter Wert", "Largest value")
        case .unit: ("Einheit", "Unit")
        case .display: ("Darstellung", "Display")
        case .displayRadio: ("Optionsfelder", "Radio buttons")
        case .displayDropdown: ("Aufklappliste", "Dropdown list")
        case .other: ("„Sonstiges“ mit Freitext", "“Other” with free text")
        case .notApplicable: ("„Kann ich nicht beurteilen“", "“Not applicable”")
        case .minSelected: ("Mindestens auszuwählen", "Select at least")
        case .maxSelected: ("Höchstens auszuwählen", "Select at most")
        case .switchOn(let what): ("Hinzufügen: \(what)", "Add: \(what)")
        case .switchOff(let what): ("Entfernen: \(what)", "Remove: \(what)")
        case .extraAbsent(let what): ("Nicht angeboten: \(what)", "Not offered: \(what)")
        case .labelTrue: ("Beschriftung für „ja“", "Label for “yes”")
        case .labelFalse: ("Beschriftung für „nein“", "Label for “no”")
        case .scaleFrom: ("Skala von", "Scale from")
        case .scaleTo: ("Skala bis", "Scale to")
        case .pointLabel(let point): ("Beschriftung des Punkts \(point)", "Label of point \(point)")
        case .rankCount: ("Anzahl der Plätze", "Number of places")
        case .rankCountHelp:
            ("Leer: alle Antwortmöglichkeiten in eine Reihenfolge bringen.", "Empty: rank every option.")
        case .earliest: ("Frühestes Datum", "Earliest date")
        case .latest: ("Spätestes Datum", "Latest date")
        case .dateHelp: ("Im Format JJJJ-MM-TT, z. B. 2026-11-16.", "As YYYY-MM-DD, e.g. 2026-11-16.")
        case .noteText: ("Hinweistext", "Note text")
        }
    }
}
