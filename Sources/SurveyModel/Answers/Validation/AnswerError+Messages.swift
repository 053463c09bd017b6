extension AnswerError {
    /// The message for the participant in `language`: German for `de`, English for every other language.
    ///
    /// German and English stand side by side in one table so that neither is forgotten.
    public func message(in language: String) -> String {
        let german = NumberText.isGerman(language)
        func number(_ value: Double) -> String { NumberText.display(value, language: language) }
        func date(_ value: CalendarDate) -> String { DateText.display(value, language: language) }
        func text(_ localized: LocalizedText) -> String { localized.text(in: language) }
        // A label that introduces a field ("anderer Träger:") loses its colon inside a sentence.
        func label(_ localized: LocalizedText) -> String {
            String(text(localized).trimmingSpaces.reversed().drop { $0 == ":" || $0.isWhitespace }.reversed())
        }
        let (de, en): (String, String) =
            switch self {
            case .notANumber(let input):
                (
                    "„\(input)“ ist keine Zahl. Bitte geben Sie nur Ziffern ein, z. B. 12 oder 12,5.",
                    "“\(input)” is not a number. Please enter digits only, e.g. 12 or 12.5."
                )
            case .notADate(let input):
                (
                    "„\(input)“ ist kein gültiges Datum. Bitte geben Sie es als TT.MM.JJJJ ein, z. B. 01.03.2024.",
                    "“\(input)” is not a valid date. Please enter it as YYYY-MM-DD, e.g. 2024-03-01."
                )
            case .notABoolean:
                ("Bitte wählen Sie „ja“ oder „nein“.", "Please choose “yes” or “no”.")
            case .notAScalePoint:
                ("Bitte wählen Sie einen Punkt der Skala.", "Please choose a point on the scale.")
            case .required:
                ("Bitte beantworten Sie diese Frage.", "Please answer this question.")
            case .wrongType(let expected):
                (
                    "Die Antwort passt nicht zum Fragetyp „\(expected.words.de)“.",
                    "The answer does not fit the question type “\(expected.words.en)”."
                )
            case .notAnInteger:
                (
                    "Bitte geben Sie eine ganze Zahl ohne Nachkommastellen ein.",
                    "Please enter a whole number without decimals."
                )
            case .belowMinimum(let minimum):
                (
                    "Bitte geben Sie eine Zahl von mindestens \(number(minimum)) ein.",
                    "Please enter a number of at least \(number(minimum))."
                )
            case .aboveMaximum(let maximum):
                (
                    "Bitte geben Sie eine Zahl von höchstens \(number(maximum)) ein.",
                    "Please enter a number of at most \(number(maximum))."
                )
            case .tooLong(let maxLength):
                (
                    "Bitte kürzen Sie Ihre Antwort auf höchstens \(number(Double(maxLength))) Zeichen.",
                    "Please shorten your answer to at most \(number(Double(maxLength))) characters."
                )
            case .patternMismatch(let custom?):
                (text(custom), text(custom))
            case .patternMismatch(nil):
                ("Die Eingabe hat nicht das erwartete Format.", "The entry does not have the expected format.")
            case .invalidEmail:
                (
                    "Bitte geben Sie eine gültige E-Mail-Adresse ein, z. B. name@schule.de.",
                    "Please enter a valid e-mail address, e.g. name@school.org."
                )
            case .unknownOption(let value):
                (
                    "„\(value)“ steht nicht zur Auswahl. Bitte wählen Sie eine der angebotenen Antworten.",
                    "“\(value)” is not one of the choices. Please choose one of the answers offered."
                )
            case .otherNotOffered:
                (
                    "Diese Frage bietet keine freie Antwort an. Bitte wählen Sie eine der angebotenen Antworten.",
                    "This question offers no free answer. Please choose one of the answers offered."
                )
            case .otherTextMissing(let other):
                (
                    "Sie haben „\(label(other))“ gewählt. Bitte tragen Sie ein, was Sie meinen.",
                    "You chose “\(label(other))”. Please enter what you mean."
                )
            case .duplicateChoice(let option):
                (
                    "„\(label(option))“ ist mehrfach gewählt. Bitte wählen Sie jede Antwort nur einmal.",
                    "“\(label(option))” is chosen more than once. Please choose each answer only once."
                )
            case .exclusiveCombined(let option):
                (
                    "„\(label(option))“ kann nicht zusammen mit anderen Antworten gewählt werden.",
                    "“\(label(option))” cannot be chosen together with other answers."
                )
            case .tooFewSelected(let minimum):
                (
                    minimum == 1
                        ? "Bitte wählen Sie mindestens eine Antwort."
                        : "Bitte wählen Sie mindestens \(minimum) Antworten.",
                    minimum == 1 ? "Please choose at least one answer." : "Please choose at least \(minimum) answers."
                )
            case .tooManySelected(let maximum):
                (
                    maximum == 1
                        ? "Bitte wählen Sie höchstens eine Antwort."
                        : "Bitte wählen Sie höchstens \(maximum) Antworten.",
                    maximum == 1 ? "Please choose at most one answer." : "Please choose at most \(maximum) answers."
                )
            case .wrongRankCount(let count):
                (
                    "Bitte vergeben Sie genau \(count) Ränge, jeden mit einer anderen Antwort.",
                    "Please fill exactly \(count) ranks, each with a different answer."
                )
            case .dateTooEarly(let minimum):
                (
                    "Bitte geben Sie ein Datum ab dem \(date(minimum)) ein.",
                    "Please enter a date on or after \(date(minimum))."
                )
            case .dateTooLate(let maximum):
                (
                    "Bitte geben Sie ein Datum bis zum \(date(maximum)) ein.",
                    "Please enter a date on or before \(date(maximum))."
                )
            case .outsideScale(let from, let to):
                ("Bitte wählen Sie einen Wert von \(from) bis \(to).", "Please choose a value from \(from) to \(to).")
            case .notApplicableNotOffered:
                ("Bitte wählen Sie einen Punkt der Skala.", "Please choose a point on the scale.")
            case .unknownRow(let row):
                (
                    "Die Zeile „\(row)“ gehört nicht zu dieser Frage.",
                    "The row “\(row)” does not belong to this question."
                )
            case .rowsMissing(let count):
                (
                    count == 1
                        ? "Bitte beantworten Sie auch die noch offene Zeile."
                        : "Bitte beantworten Sie auch die \(count) noch offenen Zeilen.",
                    count == 1
                        ? "Please also answer the remaining row." : "Please also answer the \(count) remaining rows."
                )
            case .ruleFailed(let message):
                (text(message), text(message))
            }
        return german ? de : en
    }
}
