import StrictJSON
import Suggestions

/// Typed access to JSON values, reporting wrong types, missing and unknown keys.
extension DefinitionReader {
    /// The members of an object whose keys were checked against `keys`; nil if `value` is not an object.
    ///
    /// - Parameter unknownKeyHint: the message for an unknown key that deserves more than a suggestion.
    mutating func object(
        _ value: JSONValue, place: DiagnosticMessage, keys: [String],
        unknownKeyHint: (String) -> DiagnosticMessage? = { _ in nil }
    ) -> ObjectFields? {
        guard let members = value.members else {
            error(
                DiagnosticMessage(.objectExpected, parts: [.phrase(place), .phrase(Self.describe(value))]),
                at: value.offset)
            return nil
        }
        var misspelled = Set<String>()
        for member in members where !keys.contains(member.key) {
            let message: DiagnosticMessage
            if let hint = unknownKeyHint(member.key) {
                message = hint
            } else if let match = closestMatch(to: member.key, among: keys) {
                message = DiagnosticMessage(
                    .unknownKeySuggested, parts: [.literal(member.key), .phrase(place), .literal(match)])
                misspelled.insert(match)
            } else {
                let allowed = keys.map { "\"\($0)\"" }.joined(separator: ", ")
                message = DiagnosticMessage(
                    .unknownKeyAllowed, parts: [.literal(member.key), .phrase(place), .literal(allowed)])
            }
            error(message, at: member.keyOffset)
        }
        return ObjectFields(value: value, place: place, members: members, misspelled: misspelled)
    }

    /// The value of a key that must be present.
    mutating func required(_ fields: ObjectFields, _ key: String) -> JSONValue? {
        guard let value = fields[key] else {
            if fields.misspelled.contains(key) { return nil }
            error(
                DiagnosticMessage(.missingKey, parts: [.literal(key), .phrase(fields.place)]), at: fields.value.offset)
            return nil
        }
        return value
    }

    /// A string value, or nil with an error.
    mutating func string(_ value: JSONValue, what: @autoclosure () -> DiagnosticMessage) -> String? {
        guard let text = value.string else {
            error(
                DiagnosticMessage(.stringExpected, parts: [.phrase(what()), .phrase(Self.describe(value))]),
                at: value.offset)
            return nil
        }
        return text
    }

    /// The elements of an array value, or nil with an error.
    mutating func array(_ value: JSONValue, what: @autoclosure () -> DiagnosticMessage) -> [JSONValue]? {
        guard let elements = value.elements else {
            error(
                DiagnosticMessage(.arrayExpected, parts: [.phrase(what()), .phrase(Self.describe(value))]),
                at: value.offset)
            return nil
        }
        return elements
    }

    /// An optional boolean member.
    mutating func bool(_ fields: ObjectFields, _ key: String) -> Bool? {
        guard let value = fields[key] else { return nil }
        guard let flag = value.bool else {
            error(wrongKind(.booleanExpected, key, of: fields, value), at: value.offset)
            return nil
        }
        return flag
    }

    /// An optional number member.
    mutating func number(_ fields: ObjectFields, _ key: String) -> Double? {
        guard let value = fields[key] else { return nil }
        guard let number = value.double else {
            error(wrongKind(.numberExpected, key, of: fields, value), at: value.offset)
            return nil
        }
        return number
    }

    /// An optional whole-number member, at least `minimum`.
    mutating func integer(_ fields: ObjectFields, _ key: String, minimum: Int) -> Int? {
        guard let value = fields[key] else { return nil }
        guard let number = value.int else {
            error(wrongKind(.wholeNumberExpected, key, of: fields, value), at: value.offset)
            return nil
        }
        guard number >= minimum else {
            error(
                DiagnosticMessage(
                    .numberTooSmall,
                    parts: [.literal(key), .phrase(fields.place), .literal(String(minimum)), .literal(String(number))]),
                at: value.offset)
            return nil
        }
        return number
    }

    /// A member whose string value names a case of `type`.
    mutating func enumeration<Value: RawRepresentable & CaseIterable>(
        _ fields: ObjectFields, _ key: String, _ type: Value.Type, required isRequired: Bool = false
    ) -> Value? where Value.RawValue == String {
        let found = isRequired ? required(fields, key) : fields[key]
        guard let value = found, let text = string(value, what: Self.place(key, of: fields.place)) else {
            return nil
        }
        if let result = Value(rawValue: text) { return result }
        let allowed = Value.allCases.map(\.rawValue)
        let parts: [DiagnosticMessage.Argument] = [.literal(text), .literal(key), .phrase(fields.place)]
        let message =
            closestMatch(to: text, among: allowed).map {
                DiagnosticMessage(.unknownValueSuggested, parts: parts + [.literal($0)])
            }
            ?? DiagnosticMessage(
                .unknownValueAllowed, parts: parts + [.literal(allowed.map { "\"\($0)\"" }.joined(separator: ", "))])
        error(message, at: value.offset)
        return nil
    }

    /// "`key` of `place` must be …, not `value`".
    private func wrongKind(_ id: DiagnosticMessageID, _ key: String, of fields: ObjectFields, _ value: JSONValue)
        -> DiagnosticMessage
    {
        DiagnosticMessage(id, parts: [.literal(key), .phrase(fields.place), .phrase(Self.describe(value))])
    }

    /// A text member that must be present.
    mutating func requiredText(_ fields: ObjectFields, _ key: String) -> LocalizedText? {
        guard let value = required(fields, key) else { return nil }
        return text(value, what: Self.place(key, of: fields.place))
    }

    /// A text member that may be absent.
    mutating func optionalText(_ fields: ObjectFields, _ key: String) -> LocalizedText? {
        guard let value = fields[key] else { return nil }
        return text(value, what: Self.place(key, of: fields.place))
    }

    /// A text written as a plain string or as an object of texts by language.
    ///
    /// Language codes outside the survey's `languages` are errors; a missing
    /// language is a warning, so a survey can be tried before it is translated.
    /// - Parameter warnsOfMissingLanguages: false where the caller explains a missing language itself.
    mutating func text(
        _ value: JSONValue, what: @autoclosure () -> DiagnosticMessage, warnsOfMissingLanguages: Bool = true
    ) -> LocalizedText? {
        if let plain = value.string {
            guard !plain.allSatisfy(\.isWhitespace) else {
                error(DiagnosticMessage(.textEmpty, parts: [.phrase(what())]), at: value.offset)
                return nil
            }
            return LocalizedText(plain)
        }
        guard let members = value.members else {
            error(
                DiagnosticMessage(.textExpected, parts: [.phrase(what()), .phrase(Self.describe(value))]),
                at: value.offset)
            return nil
        }
        var translations: [String: String] = [:]
        for member in members {
            guard languages.contains(member.key) || (!languagesAreValid && LanguageCodes.all.contains(member.key))
            else {
                let parts: [DiagnosticMessage.Argument] = [.literal(member.key), .phrase(what())]
                let message: DiagnosticMessage
                if LanguageCodes.all.contains(member.key) {
                    message = DiagnosticMessage(.textLanguageUndeclared, parts: parts)
                } else if let match = closestMatch(to: member.key, among: languages) {
                    message = DiagnosticMessage(.textLanguageSuggested, parts: parts + [.literal(match)])
                } else {
                    let allowed = languages.map { "\"\($0)\"" }.joined(separator: ", ")
                    message = DiagnosticMessage(.textLanguageAllowed, parts: parts + [.literal(allowed)])
                }
                error(message, at: member.keyOffset)
                continue
            }
            let language = member.key
            guard let text = member.value.string else {
                _ = string(member.value, what: Self.translation(language, of: what()))
                continue
            }
            if text.allSatisfy(\.isWhitespace) {
                error(
                    DiagnosticMessage(.textEmpty, parts: [.phrase(Self.translation(language, of: what()))]),
                    at: member.value.offset)
                continue
            }
            translations[member.key] = text
        }
        if members.isEmpty {
            error(DiagnosticMessage(.textMissing, parts: [.phrase(what()), .literal(languages[0])]), at: value.offset)
            return nil
        }
        let missing = languages.filter { translations[$0] == nil }
        for language in missing
        where warnsOfMissingLanguages && languagesAreValid && members.allSatisfy({ $0.key != language }) {
            report(
                .warning,
                DiagnosticMessage(
                    .translationMissing,
                    parts: [.phrase(what()), .literal(LanguageCodes.describe(language)), .literal(language)]),
                at: value.offset)
        }
        guard let first = languages.lazy.compactMap({ translations[$0] }).first ?? translations.values.first
        else { return nil }
        return LocalizedText(translations: translations, defaultText: first)
    }

    /// The text of one language inside a text object: `the German ("de") text of "title" of question "x"`.
    static func translation(_ language: String, of owner: DiagnosticMessage) -> DiagnosticMessage {
        DiagnosticMessage(
            .placeTranslation, parts: [.literal(LanguageCodes.describe(language)), .literal(language), .phrase(owner)])
    }

    /// Describes a value's JSON type for messages, e.g. `a string ("abc")`.
    static func describe(_ value: JSONValue) -> DiagnosticMessage {
        switch value.kind {
        case .null: DiagnosticMessage(.valueNull)
        case .bool: DiagnosticMessage(value.bool == true ? .valueTrue : .valueFalse)
        case .number: DiagnosticMessage(.valueNumber, value.double.map(Self.format) ?? "")
        case .string: DiagnosticMessage(.valueString, shortened(value.string ?? ""))
        case .array: DiagnosticMessage(.valueArray)
        case .object: DiagnosticMessage(.valueObject)
        }
    }

    /// The text itself, or its start when it is too long to quote in a message.
    static func shortened(_ text: String) -> String {
        text.count <= 40 ? text : text.prefix(37) + "…"
    }

    /// A number as written by people: `3` rather than `3.0`.
    static func format(_ number: Double) -> String {
        if number.rounded() == number, abs(number) < 1e15 { return String(Int(number)) }
        return String(number)
    }
}
