/// The texts of the expression language's messages, German and English side by side, one entry per message.
///
/// A message is a template: `{1}`, `{2}`, … stand for the details of the problem
/// (a name, an operator, a suggestion), which are the same in both languages.
enum ExpressionMessage: Sendable, CaseIterable {
    case emptyExpression, unexpectedCharacter, typographicQuote, unterminatedText, invalidEscape
    case numberOutOfRange, incompleteOperator, unexpectedToken, unclosed, chainedComparison, nestingTooDeep
    case unknownFunction, availableFunctions, wrongArgumentCount, argumentNotReference
    case unknownQuestion, unknownParticipantField, notAMatrix, unknownMatrixRow, notAnOption, invalidDate
    case comparisonWithNull, emptyList, mixedList, operandType, typeMismatch, resultType, compareItHint
    case didYouMean

    /// The template in `language` (`de`, otherwise English).
    func template(_ language: String) -> String {
        let (german, english) = texts
        return language == "de" ? german : english
    }

    private var texts: (String, String) {
        switch self {
        case .emptyExpression:
            (
                "Der Ausdruck ist leer; schreiben Sie eine Bedingung wie schueler > 0",
                "the expression is empty; write a condition such as schueler > 0"
            )
        case .unexpectedCharacter:
            (
                "unerwartetes Zeichen „{1}“; Namen bestehen nur aus den Buchstaben A–Z, Ziffern und „_“, Text steht in Anführungszeichen",
                "unexpected character '{1}'; names use only the letters A–Z, digits and '_', and text goes in quotes"
            )
        case .typographicQuote:
            (
                "„{1}“ ist ein typografisches Anführungszeichen; schreiben Sie Text in geraden Anführungszeichen ' oder \"",
                "'{1}' is a typographic quote; write text in straight quotes ' or \""
            )
        case .unterminatedText:
            (
                "Diesem Text fehlt das schließende Anführungszeichen; beenden Sie ihn mit demselben Zeichen, mit dem er beginnt",
                "this text has no closing quote; end it with the same quote it starts with"
            )
        case .invalidEscape:
            (
                "unbekannte Escape-Folge „\\{1}“; in Anführungszeichen sind nur \\', \\\" und \\\\ erlaubt",
                "unknown escape '\\{1}'; inside quotes only \\', \\\" and \\\\ are allowed"
            )
        case .numberOutOfRange: ("Die Zahl {1} ist zu groß", "the number {1} is too large")
        case .incompleteOperator:
            ("„{1}“ ist kein Operator; meinten Sie „{2}“?", "'{1}' is not an operator; did you mean '{2}'?")
        case .unexpectedToken: ("erwartet wurde {2}, gefunden: {1}", "expected {2}, found {1}")
        case .unclosed:
            ("Diese „{1}“ wird nicht geschlossen; ergänzen Sie „{2}“", "this '{1}' is never closed; add '{2}'")
        case .chainedComparison:
            (
                "Vergleiche lassen sich nicht verketten; verbinden Sie sie mit „and“, z. B. a > 1 and a < 5",
                "comparisons cannot be chained; combine them with 'and', e.g. a > 1 and a < 5"
            )
        case .nestingTooDeep:
            (
                "Der Ausdruck ist zu tief verschachtelt (mehr als {1} Ebenen); teilen Sie ihn in einfachere Bedingungen auf",
                "the expression is nested too deeply (more than {1} levels); split it into simpler conditions"
            )
        case .unknownFunction: ("unbekannte Funktion „{1}“", "unknown function '{1}'")
        case .availableFunctions: ("; verfügbar sind: {1}", "; available: {1}")
        case .wrongArgumentCount: ("{1}() erwartet {2}, nicht {3}", "{1}() takes {2}, not {3}")
        case .argumentNotReference:
            (
                "{1}() braucht eine Frage, eine Matrixzeile oder ein Teilnehmerfeld, z. B. {1}(schueler)",
                "{1}() needs a question, matrix row or participant field, e.g. {1}(schueler)"
            )
        case .unknownQuestion: ("unbekannte Frage „{1}“", "unknown question '{1}'")
        case .unknownParticipantField: ("unbekanntes Teilnehmerfeld „{1}“", "unknown participant field '{1}'")
        case .notAMatrix:
            (
                "„{1}“ ist keine Matrixfrage; nur Matrixzeilen werden mit Punkt geschrieben (frage.zeile)",
                "'{1}' is not a matrix question; only matrix rows are written with a dot (question.row)"
            )
        case .unknownMatrixRow: ("Die Matrix „{1}“ hat keine Zeile „{2}“", "matrix '{1}' has no row '{2}'")
        case .notAnOption: ("„{1}“ ist keine Option von „{2}“", "'{1}' is not an option of '{2}'")
        case .invalidDate:
            (
                "„{1}“ ist kein gültiges Datum; schreiben Sie Daten als 'JJJJ-MM-TT', z. B. '2024-08-01'",
                "'{1}' is not a valid date; write dates as 'YYYY-MM-DD', e.g. '2024-08-01'"
            )
        case .comparisonWithNull:
            (
                "Ein Vergleich mit null ist immer falsch; verwenden Sie answered(frage) oder not answered(frage)",
                "a comparison with null is always false; use answered(question) or not answered(question)"
            )
        case .emptyList:
            (
                "Eine leere Liste trifft auf nichts zu; nennen Sie mindestens einen Wert",
                "an empty list matches nothing; list at least one value"
            )
        case .mixedList:
            (
                "Eine Liste enthält Werte einer Art, z. B. nur Texte oder nur Zahlen",
                "a list must hold values of one kind, e.g. only texts or only numbers"
            )
        case .operandType: ("{1} braucht {2}, hier steht aber {3}", "{1} needs {2}, but this is {3}")
        case .typeMismatch: ("„{1}“ kann {2} nicht mit {3} vergleichen", "'{1}' cannot compare {2} with {3}")
        case .resultType:
            (
                "Dieser Ausdruck ergibt {1}, gebraucht wird hier aber {2}",
                "this expression gives {1}, but {2} is needed here"
            )
        case .compareItHint: ("; vergleichen Sie, z. B. x > 0", "; compare it, e.g. x > 0")
        case .didYouMean: ("; meinten Sie „{1}“?", "; did you mean '{1}'?")
        }
    }

    /// The template with its placeholders filled in.
    func text(_ language: String, _ arguments: String...) -> String {
        var result = template(language)
        for (index, argument) in arguments.enumerated() {
            result = result.replacing("{\(index + 1)}", with: argument)
        }
        return result
    }
}
