/// Reads and writes numbers the way people type them in German and English.
///
/// The rule (documented in `docs/answer-format.md`): spaces are ignored; when
/// both `.` and `,` appear, the last one is the decimal separator and the other
/// groups thousands; a separator that appears several times groups thousands;
/// a single separator is the decimal separator if it is the language's own
/// (`,` in German, `.` in English), and otherwise groups thousands only when it
/// is followed by exactly three digits ("1.234" is 1234 in German, "12.5" is 12.5).
public enum NumberText {
    /// The longest text accepted; a count or amount in a survey is far shorter.
    static let maximumLength = 40

    /// The number in `text`, or nil if it is not one.
    public static func parse(_ text: String, language: String) -> Double? {
        var scalars = Array(text.unicodeScalars.filter { !isSpace($0) })
        let length = scalars.count
        var negative = false
        if let first = scalars.first, first == "-" || first == "+" || first == "\u{2212}" {
            negative = first != "+"
            scalars.removeFirst()
        }
        // A leading zero is not counted: ",5" is shown back as "0,5", which must read as well.
        guard !scalars.isEmpty, length - (scalars.first == "0" ? 1 : 0) <= maximumLength else { return nil }
        guard scalars.allSatisfy({ isDigit($0) || $0 == "." || $0 == "," }),
            scalars.contains(where: isDigit)
        else { return nil }
        let decimalSeparator = decimalSeparator(in: scalars, language: language)
        var integerPart = scalars[...]
        var fraction: ArraySlice<Unicode.Scalar> = []
        if let decimalSeparator, let index = scalars.lastIndex(of: decimalSeparator) {
            integerPart = scalars[..<index]
            fraction = scalars[(index + 1)...]
            guard fraction.allSatisfy(isDigit), !integerPart.contains(decimalSeparator) else { return nil }
        }
        guard let digits = ungrouped(integerPart) else { return nil }
        var normalized = negative ? "-" : ""
        normalized.unicodeScalars.append(contentsOf: digits.isEmpty ? ["0"] : digits)
        if !fraction.isEmpty {
            normalized.unicodeScalars.append(".")
            normalized.unicodeScalars.append(contentsOf: fraction)
        }
        return Double(normalized)
    }

    /// The number as a form field shows it back: no grouping, the language's decimal separator.
    public static func format(_ value: Double, language: String) -> String {
        let text: String
        if value == value.rounded(), abs(value) < 1e15, let integer = Int(exactly: value) {
            text = String(integer)
        } else {
            text = plainDecimal(value.description)
        }
        return isGerman(language) ? text.replacingDecimalPoint(with: ",") : text
    }

    /// Writes the shortest round-trip form without an exponent ("5e-05" becomes "0.00005"),
    /// since people, and ``parse(_:language:)``, do not read exponents.
    private static func plainDecimal(_ description: String) -> String {
        let parts = description.split(separator: "e", maxSplits: 1)
        guard parts.count == 2, let exponent = Int(parts[1]) else { return description }
        var mantissa = Substring(parts[0])
        let negative = mantissa.hasPrefix("-")
        if negative { mantissa = mantissa.dropFirst() }
        let point =
            mantissa.firstIndex(of: ".").map { mantissa.distance(from: mantissa.startIndex, to: $0) } ?? mantissa.count
        let digits = Array(mantissa.filter { $0 != "." })
        let shifted = point + exponent
        let body: String
        if shifted <= 0 {
            body = "0." + String(repeating: "0", count: -shifted) + String(digits)
        } else if shifted >= digits.count {
            body = String(digits) + String(repeating: "0", count: shifted - digits.count)
        } else {
            body = String(digits[..<shifted]) + "." + String(digits[shifted...])
        }
        return (negative ? "-" : "") + body
    }

    /// The number as a reader sees it: thousands grouped with the language's separator.
    ///
    /// - Parameter groupingFrom: the fewest digits before the decimal separator that are grouped. Messages group
    ///   from five digits on, as German and English style guides do; a review of typed answers groups from four,
    ///   so that "1.100" reads back as "1.100" in German and "1,100" in English, never as 1.1.
    public static func display(_ value: Double, language: String, groupingFrom: Int = 5) -> String {
        let plain = format(value, language: language)
        let separator: Character = isGerman(language) ? "." : ","
        let negative = plain.hasPrefix("-")
        let unsigned = negative ? plain.dropFirst() : plain[...]
        let integerDigits = unsigned.prefix { $0.isASCII && $0.isNumber }
        guard integerDigits.count >= groupingFrom else { return plain }
        var grouped = ""
        for (position, digit) in integerDigits.enumerated() {
            if position > 0, (integerDigits.count - position) % 3 == 0 { grouped.append(separator) }
            grouped.append(digit)
        }
        return (negative ? "-" : "") + grouped + unsigned.dropFirst(integerDigits.count)
    }

    static func isGerman(_ language: String) -> Bool { language == "de" || language.hasPrefix("de-") }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\u{A0}" || scalar == "\u{202F}" || scalar == "\u{2009}" || scalar == "\t"
    }

    /// Which separator, if any, separates the fraction.
    private static func decimalSeparator(in scalars: [Unicode.Scalar], language: String) -> Unicode.Scalar? {
        let dots = scalars.count(where: { $0 == "." })
        let commas = scalars.count(where: { $0 == "," })
        if dots > 0, commas > 0 {
            return (scalars.lastIndex(of: ".") ?? 0) > (scalars.lastIndex(of: ",") ?? 0) ? "." : ","
        }
        guard dots + commas == 1 else { return nil }
        let separator: Unicode.Scalar = dots == 1 ? "." : ","
        let own: Unicode.Scalar = isGerman(language) ? "," : "."
        if separator == own { return separator }
        let groupsThousands = ungrouped(scalars[...]) != nil && scalars.count(where: isDigit) > 3
        return groupsThousands ? nil : separator
    }

    /// The digits of an integer part whose separators (if any) group thousands correctly, or nil.
    private static func ungrouped(_ part: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar]? {
        let groups = part.split(separator: ".", omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: ",", omittingEmptySubsequences: false) }
        guard groups.count > 1 else { return Array(part) }
        // A grouped number never starts with 0, so "0.125" keeps its decimal point in German too.
        guard let first = groups.first, (1...3).contains(first.count), first.first != "0",
            groups.dropFirst().allSatisfy({ $0.count == 3 })
        else { return nil }
        return groups.flatMap { $0 }
    }
}

extension String {
    fileprivate func replacingDecimalPoint(with separator: Character) -> String {
        String(map { $0 == "." ? separator : $0 })
    }
}
