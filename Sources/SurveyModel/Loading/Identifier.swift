/// The spelling rules for ids and option values.
///
/// Question ids, page ids, participant fields and matrix rows appear in
/// expressions, so they are identifiers; option values appear in expressions
/// only inside quotes, so they may also start with a digit and contain `-` and `.`.
package enum Identifier {
    /// Words of the expression language (in lower case; they are matched in any case) that cannot name a question or field.
    package static let reserved: Set<String> = [
        "participant", "true", "false", "null", "and", "or", "not", "in", "contains",
    ]

    /// `[a-z0-9][a-z0-9-]*`, the survey id (and file name).
    package static func isSurveyID(_ text: String) -> Bool {
        matches(text, first: { isLower($0) || isDigit($0) }, rest: { isLower($0) || isDigit($0) || $0 == "-" })
    }

    /// `[A-Za-z][A-Za-z0-9_]*`, the ids of questions, pages, participant fields and matrix rows.
    package static func isName(_ text: String) -> Bool {
        matches(text, first: isLetter, rest: { isLetter($0) || isDigit($0) || $0 == "_" })
    }

    /// `[A-Za-z0-9][A-Za-z0-9_.-]*`, option values.
    package static func isOptionValue(_ text: String) -> Bool {
        matches(
            text, first: { isLetter($0) || isDigit($0) },
            rest: { isLetter($0) || isDigit($0) || $0 == "_" || $0 == "-" || $0 == "." })
    }

    private static func matches(
        _ text: String, first: (Unicode.Scalar) -> Bool, rest: (Unicode.Scalar) -> Bool
    ) -> Bool {
        var scalars = text.unicodeScalars.makeIterator()
        guard let head = scalars.next(), first(head) else { return false }
        while let scalar = scalars.next() {
            guard rest(scalar) else { return false }
        }
        return true
    }

    private static func isLower(_ scalar: Unicode.Scalar) -> Bool { ("a"..."z").contains(scalar) }
    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool { isLower(scalar) || ("A"..."Z").contains(scalar) }
    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
}
