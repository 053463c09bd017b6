import Foundation

/// Domain names in the form mail servers read: ASCII labels, internationalised ones in Punycode.
enum DomainName {
    /// The domain in ASCII, lower-cased.
    ///
    /// A label with characters beyond ASCII (a U-label such as `bücher`) is lower-cased,
    /// composed (NFC) and written as an A-label (`xn--bcher-kva`). Only letters, marks and
    /// digits are taken there; the full IDNA 2008 tables are out of scope, and a symbol or emoji
    /// is refused rather than guessed at.
    /// - Throws: why the domain is not one, naming `input` (the whole address).
    static func ascii(_ domain: Substring, of input: String) throws(MailAddressError) -> String {
        func fail(_ reason: MailAddressError.Reason) -> MailAddressError {
            MailAddressError(input: input, reason: reason)
        }
        // Checked before converting, so the Punycode arithmetic only ever sees short labels.
        guard domain.utf8.count <= 255 * 4 else { throw fail(.domainTooLong(bytes: domain.utf8.count)) }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        if labels.contains(where: \.isEmpty) { throw fail(.emptyDomainLabel) }
        guard labels.count >= 2 else { throw fail(.domainWithoutDot) }
        var converted: [String] = []
        for label in labels {
            if let reason = labelProblem(label) { throw fail(reason) }
            converted.append(asciiLabel(label))
        }
        let result = converted.joined(separator: ".")
        guard result.utf8.count <= 255 else { throw fail(.domainTooLong(bytes: result.utf8.count)) }
        return result
    }

    /// The label in ASCII: lower-cased, and a U-label as its A-label.
    private static func asciiLabel(_ label: Substring) -> String {
        if label.unicodeScalars.allSatisfy(\.isASCII) { return label.lowercased() }
        return "xn--" + Punycode.encode(Array(unicodeForm(label).unicodeScalars))
    }

    private static func unicodeForm(_ label: Substring) -> String {
        String(label).lowercased().precomposedStringWithCanonicalMapping
    }

    private static func labelProblem(_ label: Substring) -> MailAddressError.Reason? {
        let isASCII = label.unicodeScalars.allSatisfy(\.isASCII)
        let scalars = isASCII ? Array(label.unicodeScalars) : Array(unicodeForm(label).unicodeScalars)
        if let bad = scalars.first(where: { !isLetterDigitHyphen($0) && !isUnicodeLabelScalar($0) }) {
            return .invalidDomainCharacter(bad)
        }
        let ascii = asciiLabel(label)
        if ascii.utf8.count > 63 { return .domainLabelTooLong(String(label)) }
        if ascii.hasPrefix("-") || ascii.hasSuffix("-") { return .domainLabelHyphen(String(label)) }
        return nil
    }

    private static func isLetterDigitHyphen(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "-": true
        default: false
        }
    }

    /// Letters, marks and decimal digits beyond ASCII.
    private static func isUnicodeLabelScalar(_ scalar: Unicode.Scalar) -> Bool {
        guard !scalar.isASCII else { return false }
        switch scalar.properties.generalCategory {
        case .lowercaseLetter, .uppercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber:
            return true
        default:
            return false
        }
    }
}
