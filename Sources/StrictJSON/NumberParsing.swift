/// Conversion of validated JSON number literals to `Double`.
public enum NumberParsing {
    /// Exact powers of ten that a `Double` holds without rounding.
    private static let exactPowersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    /// The correctly rounded value of a literal that matches the JSON number grammar.
    ///
    /// Short literals take Clinger's fast path (an exact mantissa times an
    /// exact power of ten rounds once, correctly); the rest go to the
    /// standard library's locale-independent conversion.
    public static func double(fromValidatedLiteral literal: UnsafeBufferPointer<UInt8>) -> Double? {
        var index = 0
        let negative = literal.first == UInt8(ascii: "-")
        if negative { index = 1 }
        var mantissa: UInt64 = 0
        var digits = 0
        var exponent = 0
        while index < literal.count, isDigit(literal[index]) {
            mantissa = mantissa &* 10 &+ UInt64(literal[index] &- UInt8(ascii: "0"))
            digits += 1
            index += 1
        }
        if index < literal.count, literal[index] == UInt8(ascii: ".") {
            index += 1
            while index < literal.count, isDigit(literal[index]) {
                mantissa = mantissa &* 10 &+ UInt64(literal[index] &- UInt8(ascii: "0"))
                digits += 1
                exponent -= 1
                index += 1
            }
        }
        if index == literal.count, digits <= 15, -22...22 ~= exponent {
            var value = Double(mantissa)
            if exponent < 0 { value /= exactPowersOfTen[-exponent] } else { value *= exactPowersOfTen[exponent] }
            return negative ? -value : value
        }
        return Double(String(decoding: literal, as: UTF8.self))
    }
}
