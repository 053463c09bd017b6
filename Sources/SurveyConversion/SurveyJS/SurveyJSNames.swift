import SurveyModel

/// Turns SurveyJS names and values into our ids and option values, unique where they must be.
///
/// SurveyJS accepts any text as a question name or choice value (`"Care Provider"`, `"very poor"`);
/// ours are identifiers, so letters outside ASCII are transliterated (`ä` → `ae`), everything else
/// that is not a letter or digit becomes `_`, and long names are cut at 40 characters.
struct SurveyJSNames {
    private var taken: Set<String> = []
    /// The next number to try for each base already given out, so a thousand equal names cost no more than one each.
    private var nextNumber: [String: Int] = [:]
    /// The longest id made from a name; longer ones are cut at a word boundary where possible.
    static let maximumLength = 40

    /// A fresh identifier (`[A-Za-z][A-Za-z0-9_]*`) for `name`, or `fallback` with a number when nothing is left of it.
    mutating func identifier(for name: String, fallback: String) -> String {
        var base = Self.words(name, separator: "_", keep: { $0 == "_" })
        if let first = base.unicodeScalars.first, !("a"..."z").contains(first), !("A"..."Z").contains(first) {
            base = base.isEmpty ? "" : fallback + "_" + base
        }
        if base.isEmpty || Expression.isReservedWord(base) { base = base.isEmpty ? fallback : fallback + "_" + base }
        return unique(Self.shortened(base, separator: "_"))
    }

    /// A fresh option value (`[A-Za-z0-9][A-Za-z0-9_.-]*`) for a choice's value.
    mutating func optionValue(for value: String, fallback: String) -> String {
        let base = Self.words(value, separator: "_", keep: { $0 == "-" || $0 == "." || $0 == "_" })
        return unique(Self.shortened(base.isEmpty ? fallback : base, separator: "_"))
    }

    /// Marks `value` as used, so later names cannot take it (the answer value `other`, for instance).
    mutating func reserve(_ value: String) { taken.insert(value.lowercased()) }

    /// `base`, or `base_2`, `base_3`, … when taken; compared without case, since SurveyJS names are.
    private mutating func unique(_ base: String) -> String {
        var candidate = base
        var number = nextNumber[base.lowercased()] ?? 1
        while taken.contains(candidate.lowercased()) {
            number += 1
            candidate = base + "_" + String(number)
        }
        nextNumber[base.lowercased()] = number
        taken.insert(candidate.lowercased())
        return candidate
    }

    /// The survey id for a file name: lower-case letters, digits and `-`.
    static func surveyID(for name: String) -> String {
        let id = shortened(words(name.lowercased(), separator: "-", keep: { _ in false }), separator: "-")
        return id.isEmpty ? "umfrage" : id
    }

    /// `text` in ASCII letters and digits, other runs of characters replaced by one `separator`.
    private static func words(_ text: String, separator: Character, keep: (Character) -> Bool) -> String {
        var result = ""
        var pendingSeparator = false
        for character in text {
            let ascii =
                transliterations[character]
                ?? (character.isASCIILetter || character.isASCIIDigit ? String(character) : nil)
            if let ascii {
                if pendingSeparator, !result.isEmpty { result.append(separator) }
                pendingSeparator = false
                result += ascii
            } else if keep(character), !result.isEmpty, result.last != character {
                if pendingSeparator { result.append(separator) }
                pendingSeparator = false
                result.append(character)
            } else {
                pendingSeparator = true
            }
        }
        while let last = result.last, !last.isASCIILetter, !last.isASCIIDigit { result.removeLast() }
        return result
    }

    /// Cuts `text` to ``maximumLength``, at the last separator if there is one in the second half.
    private static func shortened(_ text: String, separator: Character) -> String {
        guard text.count > maximumLength else { return text }
        var cut = String(text.prefix(maximumLength))
        if let boundary = cut.lastIndex(of: separator),
            cut.distance(from: cut.startIndex, to: boundary) > maximumLength / 2
        {
            cut = String(cut[..<boundary])
        }
        while let last = cut.last, !last.isASCIILetter, !last.isASCIIDigit { cut.removeLast() }
        return cut
    }

    private static let transliterations: [Character: String] = [
        "ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss", "é": "e", "è": "e", "ê": "e",
        "á": "a", "à": "a", "â": "a", "ó": "o", "ò": "o", "ô": "o", "í": "i", "ì": "i", "ú": "u", "ù": "u", "ç": "c",
        "ñ": "n", "ø": "o", "å": "a", "æ": "ae",
    ]
}
