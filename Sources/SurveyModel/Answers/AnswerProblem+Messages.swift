/// Messages for participants, written for the form's error summary.
extension AnswerProblem {
    /// The message in German, or else in English.
    func message(german: Bool) -> String {
        let language = german ? "de" : "en"
        switch self {
        case .required:
            return german ? "Bitte beantworten Sie diese Frage." : "Please answer this question."
        case .wrongKind(let expected):
            return german
                ? "Diese Antwort passt nicht zur Frage (erwartet: \(expected.germanName))."
                : "This answer does not fit the question (expected: \(expected.englishName))."
        case .notWholeNumber:
            return german ? "Bitte geben Sie eine ganze Zahl ein." : "Please enter a whole number."
        case .belowMinimum(.date(let date)):
            let bound = AnswerBound.date(date).formatted(german: german)
            return german ? "Das Datum darf nicht vor dem \(bound) liegen." : "The date must not be before \(bound)."
        case .aboveMaximum(.date(let date)):
            let bound = AnswerBound.date(date).formatted(german: german)
            return german ? "Das Datum darf nicht nach dem \(bound) liegen." : "The date must not be after \(bound)."
        case .belowMinimum(let minimum):
            let bound = minimum.formatted(german: german)
            return german ? "Der Wert darf nicht kleiner als \(bound) sein." : "The value must not be less than \(bound)."
        case .aboveMaximum(let maximum):
            let bound = maximum.formatted(german: german)
            return german ? "Der Wert darf nicht größer als \(bound) sein." : "The value must not be greater than \(bound)."
        case .tooLong(let maximum):
            return german
                ? "Bitte kürzen Sie Ihre Antwort auf höchstens \(maximum) Zeichen."
                : "Please shorten your answer to at most \(maximum) characters."
        case .patternMismatch(let custom):
            return custom?.text(in: language)
                ?? (german ? "Die Eingabe hat nicht das erwartete Format." : "The entry does not have the expected format.")
        case .invalidEmail:
            return german
                ? "Bitte geben Sie eine gültige E-Mail-Adresse ein, z. B. name@schule.de."
                : "Please enter a valid e-mail address, e.g. name@school.org."
        case .unknownOption:
            return german ? "Bitte wählen Sie eine der angebotenen Antworten." : "Please choose one of the answers offered."
        case .otherTextMissing:
            return german
                ? "Sie haben „Sonstige“ gewählt. Bitte ergänzen Sie, was gemeint ist."
                : "You chose “other”. Please add what you mean."
        case .exclusiveCombined:
            return german
                ? "Diese Antwort lässt sich nicht mit anderen kombinieren. Bitte wählen Sie entweder sie oder andere Antworten."
                : "This answer cannot be combined with others. Please choose either it or other answers."
        case .tooFewChoices(let minimum):
            return german
                ? "Bitte wählen Sie mindestens \(minimum == 1 ? "eine Antwort" : "\(minimum) Antworten")."
                : "Please choose at least \(minimum == 1 ? "one answer" : "\(minimum) answers")."
        case .tooManyChoices(let maximum):
            return german
                ? "Bitte wählen Sie höchstens \(maximum == 1 ? "eine Antwort" : "\(maximum) Antworten")."
                : "Please choose at most \(maximum == 1 ? "one answer" : "\(maximum) answers")."
        case .outsideScale(let from, let to):
            return german
                ? "Bitte wählen Sie einen Wert von \(from) bis \(to)."
                : "Please choose a value from \(from) to \(to)."
        case .unknownRow:
            return german ? "Die Antwort enthält eine unbekannte Zeile." : "The answer contains an unknown row."
        case .missingRows(let rows):
            return german
                ? "Bitte beantworten Sie alle Zeilen (\(rows.count) fehlen noch)."
                : "Please answer every row (\(rows.count) still missing)."
        case .rankedTwice:
            return german ? "Jede Antwort kann nur einen Rang erhalten." : "Each answer can take only one rank."
        case .wrongRankCount(let expected):
            return german
                ? "Bitte bringen Sie genau \(expected) Antworten in eine Reihenfolge."
                : "Please rank exactly \(expected) answers."
        case .rule(let message):
            return message.text(in: language)
        }
    }
}

extension QuestionType {
    /// The type's name in German messages.
    var germanName: String {
        switch self {
        case .text: "Text"
        case .number: "Zahl"
        case .single: "eine Auswahl"
        case .multiple: "Mehrfachauswahl"
        case .boolean: "Ja oder Nein"
        case .scale: "Skalenwert"
        case .matrix: "Antworten je Zeile"
        case .ranking: "Rangfolge"
        case .date: "Datum"
        case .note: "keine Antwort"
        }
    }

    /// The type's name in English messages.
    var englishName: String {
        switch self {
        case .text: "text"
        case .number: "a number"
        case .single: "one choice"
        case .multiple: "several choices"
        case .boolean: "yes or no"
        case .scale: "a point of the scale"
        case .matrix: "answers per row"
        case .ranking: "a ranking"
        case .date: "a date"
        case .note: "no answer"
        }
    }
}
