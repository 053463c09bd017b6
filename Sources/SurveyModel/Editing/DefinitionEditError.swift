/// Why an edit of a definition cannot be made; the definition stays as it was.
///
/// Every case names the place and the value concerned, so the designer can show the message at
/// the field the edit came from, in German or English.
public enum DefinitionEditError: Error, Sendable, Hashable {
    /// Nothing stands at the path (a missing key, an index past the end).
    case noValue(at: DefinitionPath)
    /// The path leads through a value that is neither an object nor an array.
    case notAContainer(at: DefinitionPath)
    /// The value at the path has the wrong kind for the edit (a page that is not an object, …).
    case unexpectedShape(at: DefinitionPath)
    /// An id that is not a name (`[A-Za-z][A-Za-z0-9_]*`) or is a word of the expression language.
    case notAnIdentifier(String)
    /// An option value that does not follow the spelling of option values.
    case notAnOptionValue(String)
    /// An id already used by another page, or another question.
    case idTaken(String)
    /// A value already used by another option or row of the same list.
    case valueTaken(String)
    /// The question id is read by expressions at these places.
    case idReferenced(String, places: [DefinitionPath])
    /// The option or row value is compared with or read by expressions at these places.
    case valueReferenced(String, places: [DefinitionPath])
    /// The question's type does not have the feature the edit asks for (`other` on a scale, …).
    case featureNotOffered(feature: String, type: String)
    /// Not a two-letter ISO 639-1 code.
    case unknownLanguage(String)
    /// The language is already one of the survey's languages.
    case languagePresent(String)
    /// The language is not one of the survey's languages.
    case languageAbsent(String)
    /// A survey keeps at least one language.
    case lastLanguage(String)

    /// The message in `language`, saying where and what.
    public func message(in language: DiagnosticLanguage) -> String {
        let (english, german) = texts
        return language == .de ? german : english
    }

    private var texts: (String, String) {
        switch self {
        case .noValue(let path):
            ("there is no value \(Self.place(path, .en))", "\(Self.place(path, .de).capitalizedFirst) steht kein Wert.")
        case .notAContainer(let path):
            (
                "the value \(Self.place(path, .en)) is neither an object nor a list, so nothing can be placed inside it",
                "Der Wert \(Self.place(path, .de)) ist weder Objekt noch Liste; darin kann nichts abgelegt werden."
            )
        case .unexpectedShape(let path):
            (
                "the value \(Self.place(path, .en)) does not have the form the format prescribes; correct the file first",
                "Der Wert \(Self.place(path, .de)) hat nicht die Form, die das Format vorschreibt; korrigieren Sie zuerst die Datei."
            )
        case .notAnIdentifier(let id):
            (
                "\"\(id)\" is not a valid id: use letters, digits and _, starting with a letter, and no word of the expression language",
                "„\(id)“ ist keine gültige Kennung: Verwenden Sie Buchstaben, Ziffern und _, beginnend mit einem Buchstaben, und kein Wort der Ausdruckssprache."
            )
        case .notAnOptionValue(let value):
            (
                "\"\(value)\" is not a valid option value: use letters, digits, _, - and ., starting with a letter or digit",
                "„\(value)“ ist kein gültiger Optionswert: Verwenden Sie Buchstaben, Ziffern, _, - und ., beginnend mit einem Buchstaben oder einer Ziffer."
            )
        case .idTaken(let id):
            (
                "the id \"\(id)\" is already used by another page or question of the same kind",
                "Die Kennung „\(id)“ ist bereits an eine andere Seite bzw. Frage vergeben."
            )
        case .valueTaken(let value):
            (
                "the value \"\(value)\" is already used in this list",
                "Der Wert „\(value)“ kommt in dieser Liste bereits vor."
            )
        case .idReferenced(let id, let places):
            (
                "\"\(id)\" is read by conditions or rules at \(Self.list(places)); change those places first",
                "„\(id)“ wird in Bedingungen oder Regeln verwendet: \(Self.list(places)). Ändern Sie zuerst diese Stellen."
            )
        case .valueReferenced(let value, let places):
            (
                "the value \"\(value)\" is used in conditions or rules at \(Self.list(places)); change those places first",
                "Der Wert „\(value)“ wird in Bedingungen oder Regeln verwendet: \(Self.list(places)). Ändern Sie zuerst diese Stellen."
            )
        case .featureNotOffered(let feature, let type):
            (
                "a question of type \"\(type)\" has no \"\(feature)\"",
                "Eine Frage vom Typ „\(type)“ hat kein „\(feature)“."
            )
        case .unknownLanguage(let code):
            (
                "\"\(code)\" is not a two-letter ISO 639-1 language code",
                "„\(code)“ ist kein zweibuchstabiger Sprachcode nach ISO 639-1."
            )
        case .languagePresent(let code):
            ("the survey is already offered in \"\(code)\"", "Die Befragung wird bereits in „\(code)“ angeboten.")
        case .languageAbsent(let code):
            ("the survey is not offered in \"\(code)\"", "Die Befragung wird nicht in „\(code)“ angeboten.")
        case .lastLanguage(let code):
            (
                "\"\(code)\" is the survey's only language and cannot be removed",
                "„\(code)“ ist die einzige Sprache der Befragung und kann nicht entfernt werden."
            )
        }
    }

    /// Where a value stands: `at pages[3]`, or `at the top level` for the whole definition.
    private static func place(_ path: DefinitionPath, _ language: DiagnosticLanguage) -> String {
        switch (path.components.isEmpty, language) {
        case (true, .de): "auf der obersten Ebene"
        case (true, .en): "at the top level"
        case (false, .de): "an der Stelle \(path)"
        case (false, .en): "at \(path)"
        }
    }

    private static func list(_ places: [DefinitionPath]) -> String {
        places.map(\.description).joined(separator: ", ")
    }
}

extension String {
    /// The text with its first letter in upper case, for a phrase that starts a German sentence.
    fileprivate var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
