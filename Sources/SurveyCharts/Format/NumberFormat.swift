/// Locale-aware number formatting that gives the same bytes on every platform.
///
/// Foundation's formatters depend on the ICU data of the machine, so the
/// digits are taken from Swift's own shortest round-trip representation of the
/// `Double` and rounded half away from zero in decimal: `0.15` with one
/// decimal is `0.2`, as a reader expects, not `0.1` as binary rounding gives.
public struct NumberFormat: Sendable, Hashable {
    /// The language whose separators are used.
    public var language: ChartLanguage

    /// Creates a format for `language`.
    public init(language: ChartLanguage) {
        self.language = language
    }

    /// The decimal separator: a comma in German, a point in English.
    var decimalSeparator: Character { language == .german ? "," : "." }

    /// The thousands separator: a point in German, a comma in English.
    var groupingSeparator: Character { language == .german ? "." : "," }

    /// Writes `value` with exactly `decimals` decimals and thousands grouping.
    ///
    /// Negative numbers take the typographic minus sign; a value that rounds
    /// to zero has no sign. Infinite and NaN values are written as a dash
    /// because a chart has no better way to show them.
    public func decimal(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return "—" }
        let places = max(0, min(decimals, 12))
        let (integerDigits, fractionDigits) = Self.roundedDigits(of: value.magnitude, decimals: places)
        var result = ""
        let isZero = integerDigits.allSatisfy { $0 == "0" } && fractionDigits.allSatisfy { $0 == "0" }
        if value < 0 && !isZero { result.append("\u{2212}") }
        for (index, digit) in integerDigits.enumerated() {
            if index > 0 && (integerDigits.count - index) % 3 == 0 { result.append(groupingSeparator) }
            result.append(digit)
        }
        if places > 0 {
            result.append(decimalSeparator)
            result.append(contentsOf: fractionDigits)
        }
        return result
    }

    /// Writes a value on the 0–100 scale as a percentage.
    ///
    /// German puts a no-break space before the sign (`45,3 %`, DIN 5008),
    /// English none (`45.3%`).
    public func percent(_ value: Double, decimals: Int) -> String {
        let number = decimal(value, decimals: decimals)
        return language == .german ? number + "\u{00A0}%" : number + "%"
    }

    /// The integer and fraction digits of a non-negative `value` rounded to
    /// `decimals` places, half away from zero, on its shortest decimal form.
    static func roundedDigits(of value: Double, decimals: Int) -> (integer: [Character], fraction: [Character]) {
        binaryRoundedDigits(of: value, decimals: decimals) ?? decimallyRoundedDigits(of: value, decimals: decimals)
    }

    /// `roundedDigits` on the decimal digits of the value's shortest form,
    /// right for every value, but slower than binary arithmetic.
    static func decimallyRoundedDigits(of value: Double, decimals: Int) -> (integer: [Character], fraction: [Character])
    {
        let (digits, pointPosition) = decimalDigits(of: value)
        // Pad so that the point lies inside the digit string and one digit
        // beyond the last kept place exists to decide the rounding.
        var padded = digits
        var point = pointPosition
        if point < 1 {
            padded = Array(repeating: 0, count: 1 - point) + padded
            point = 1
        }
        let needed = point + decimals + 1
        if padded.count < needed {
            padded += Array(repeating: 0, count: needed - padded.count)
        }
        var kept = Array(padded[0..<(point + decimals)])
        if padded[point + decimals] >= 5 {
            var index = kept.count - 1
            var carry = true
            while carry && index >= 0 {
                if kept[index] == 9 {
                    kept[index] = 0
                    index -= 1
                } else {
                    kept[index] += 1
                    carry = false
                }
            }
            if carry {
                kept.insert(1, at: 0)
                point += 1
            }
        }
        var integer = Array(kept[0..<point])
        while integer.count > 1 && integer.first == 0 { integer.removeFirst() }
        let fraction = Array(kept[point...])
        return (integer.map(Self.character), fraction.map(Self.character))
    }

    /// The same as `roundedDigits` by binary arithmetic, or `nil` when the
    /// value is too large or lies so close to a rounding tie that only the
    /// decimal digits can decide (such as 0.15 or 2.675).
    static func binaryRoundedDigits(of value: Double, decimals: Int) -> (integer: [Character], fraction: [Character])? {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = value * scale
        guard scaled < 1e15 else { return nil }
        let whole = scaled.rounded(.down)
        let fraction = scaled - whole
        guard (fraction - 0.5).magnitude > 1e-6 else { return nil }
        let digits = Array(String(Int64(fraction > 0.5 ? whole + 1 : whole)))
        let padded =
            digits.count <= decimals ? Array(repeating: "0", count: decimals + 1 - digits.count) + digits : digits
        let split = padded.count - decimals
        return (Array(padded[..<split]), Array(padded[split...]))
    }

    /// The significant digits of a finite non-negative `value` and the
    /// position of the decimal point within them, from `description`
    /// (which Swift defines as the shortest string that round-trips).
    static func decimalDigits(of value: Double) -> (digits: [Int], pointPosition: Int) {
        let text = value.description
        var mantissa = Substring(text)
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            exponent = Int(text[text.index(after: e)...]) ?? 0
        }
        var digits: [Int] = []
        var integerCount = 0
        var seenPoint = false
        for character in mantissa {
            if character == "." {
                seenPoint = true
            } else if let digit = character.wholeNumberValue {
                digits.append(digit)
                if !seenPoint { integerCount += 1 }
            }
        }
        return (digits, integerCount + exponent)
    }

    private static func character(_ digit: Int) -> Character {
        Character(Unicode.Scalar(UInt8(48 + digit)))
    }
}
