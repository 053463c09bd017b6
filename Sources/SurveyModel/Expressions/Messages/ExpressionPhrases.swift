/// German for the English phrases that parser and checker put into a message's details
/// ("a number", "numbers or dates", a hint), keyed by the English phrase.
///
/// The details are built where the problem is found, in English; the German
/// message looks each one up here. A phrase without an entry stays English, so
/// a new phrase shows up in a test (`everyPhraseHasGerman`) rather than as a gap.
enum ExpressionPhrases {
    static let german: [String: String] = [
        "a number": "eine Zahl", "text": "Text", "a yes/no value": "ein Ja/Nein-Wert", "a date": "ein Datum",
        "a single choice": "eine Einfachauswahl", "a multiple choice": "eine Mehrfachauswahl",
        "a ranking": "eine Rangfolge", "a matrix": "eine Matrix", "a list of numbers": "eine Liste von Zahlen",
        "a list of texts": "eine Liste von Texten", "a list of yes/no values": "eine Liste von Ja/Nein-Werten",
        "a list of dates": "eine Liste von Daten", "a list of lists": "eine Liste von Listen",
        "numbers or dates": "Zahlen oder Daten", "a single value": "einen einzelnen Wert",
        "a multiple choice, a ranking, a list or text": "eine Mehrfachauswahl, eine Rangfolge, eine Liste oder Text",
        "a list or a multiple choice": "eine Liste oder eine Mehrfachauswahl",
        "a multiple choice, ranking, matrix or list": "eine Mehrfachauswahl, Rangfolge, Matrix oder Liste",
        "numbers": "Zahlen", "only numbers and dates have an order": "nur Zahlen und Daten haben eine Reihenfolge",
        "use 'in' to test whether a value is in a list": "prüfen Sie mit „in“, ob ein Wert in einer Liste steht",
        "use '==' to compare single values": "vergleichen Sie einzelne Werte mit „==“",
        "count() counts selected options; use answered() to test for an answer":
            "count() zählt gewählte Optionen; ob eine Antwort vorliegt, prüft answered()",
        "the end of the expression": "das Ende des Ausdrucks", "')'": "„)“",
        "a row or field name after '.'": "ein Zeilen- oder Feldname nach „.“",
        "a value, a question or '('": "ein Wert, eine Frage oder „(“",
        "an operator or the end of the expression": "ein Operator oder das Ende des Ausdrucks",
        "no arguments": "keine Argumente", "1 argument": "1 Argument", "1 or 2 arguments": "1 oder 2 Argumente",
        "at least 1 argument": "mindestens 1 Argument",
    ]

    /// Hints that end in an example taken from the expression: the English beginning and its German.
    static let germanBeginnings: [(String, String)] = [
        ("use 'contains' to test for one option, e.g. ", "prüfen Sie eine Option mit „contains“, z. B. "),
        ("compare one row instead, e.g. ", "vergleichen Sie stattdessen eine Zeile, z. B. "),
        ("compare it with an option, e.g. ", "vergleichen Sie mit einer Option, z. B. "),
    ]

    /// `phrase` in `language`; an English phrase without German stays as it is.
    static func phrase(_ phrase: String, _ language: String) -> String {
        guard language == "de" else { return phrase }
        if let german = german[phrase] { return german }
        for (english, german) in germanBeginnings where phrase.hasPrefix(english) {
            return german + phrase.dropFirst(english.count)
        }
        return phrase
    }
}
