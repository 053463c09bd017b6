/// German for the short phrases the JSON parser puts into its messages ("a value", "',' or '}'").
///
/// The parser names what it expected and found in English; these phrases are
/// a closed set, so they are translated here rather than in every message.
enum JSONPhrases {
    private static let german: [String: String] = [
        "a value": "ein Wert",
        "a key in double quotes": "ein Schlüssel in doppelten Anführungszeichen",
        "a key in double quotes or '}'": "ein Schlüssel in doppelten Anführungszeichen oder '}'",
        "a value or ']'": "ein Wert oder ']'",
        "':'": "':'",
        "',' or '}'": "',' oder '}'",
        "',' or ']'": "',' oder ']'",
        "'\"' to close the string that starts here": "'\"', das den hier beginnenden Text schließt",
        "an escape sequence": "eine Escape-Folge",
        "a non-ASCII character": "ein Nicht-ASCII-Zeichen",
    ]

    /// The German phrase for `phrase`, or `phrase` itself when it is not one of the parser's phrases.
    static func german(_ phrase: String) -> String {
        if let translated = german[phrase] { return translated }
        if phrase.hasPrefix("control character ") { return "Steuerzeichen " + phrase.dropFirst(18) }
        return phrase
    }
}
