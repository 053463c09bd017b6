extension CSVError {
    /// One sentence naming the place, the problem and the fix, in German (`de`) or English (any other code).
    public func message(in language: String) -> String {
        guard language == "de" else { return description }
        let place = position.map { "\($0.text(in: language)): " } ?? ""
        switch self {
        case .empty:
            return "Die Datei ist leer: Sie braucht eine Kopfzeile mit den Spaltennamen."
        case .invalidUTF8:
            return place + "Der Text ist kein gültiges UTF-8; speichern Sie die Datei als „CSV UTF-8“."
        case .unterminatedQuote:
            return place
                + "Das hier geöffnete Anführungszeichen wird nie geschlossen; ergänzen Sie das schließende „\"“."
        case .characterAfterClosingQuote:
            return place
                + "Nach einem schließenden Anführungszeichen folgt Text; setzen Sie das ganze Feld in Anführungszeichen und schreiben Sie ein Anführungszeichen darin als „\"\"“."
        case .quoteInUnquotedField:
            return place
                + "Ein Anführungszeichen in einem Feld ohne Anführungszeichen; setzen Sie das ganze Feld in Anführungszeichen und schreiben Sie das Zeichen als „\"\"“."
        case .wrongFieldCount(_, let expected, let found):
            return place
                + "Diese Zeile hat \(found) Felder, die Kopfzeile aber \(expected); prüfen Sie, ob ein Trennzeichen fehlt oder zu viel ist."
        }
    }
}

extension CSVPosition {
    /// „Zeile 3, Spalte 2“ in German (`de`), the ``description`` otherwise.
    public func text(in language: String) -> String {
        guard language == "de" else { return description }
        return line == row ? "Zeile \(row), Spalte \(column)" : "Zeile \(row), Spalte \(column) (Textzeile \(line))"
    }
}
