import StrictJSON
import SurveyModel

/// Where inside an expression the loader found a problem, as a count of characters (Unicode scalars).
///
/// The loader places an expression's problem at a line and column of the file; the expression's
/// text starts one byte after the opening quote of its string in the canonically written file. The
/// columns in between count the string as written, so each JSON escape (`\"`, `\\`, `\u0007`)
/// stands for one character of the expression.
enum ExpressionFieldPosition {
    /// The offset of `location` inside the expression at `path` of `json`; nil when it lies outside.
    static func offset(of location: SourceLocation, at path: DefinitionPath, in json: JSON) -> Int? {
        let written = CanonicalDefinition.write(json)
        guard let range = written.index.range(of: path), range.count >= 2,
            written.bytes[range.lowerBound] == UInt8(ascii: "\"")
        else { return nil }
        let start = SourceLocator(written.bytes).location(ofOffset: range.lowerBound + 1)
        guard location.line == start.line, location.column >= start.column else { return nil }
        let literal = String(decoding: written.bytes[(range.lowerBound + 1)..<(range.upperBound - 1)], as: UTF8.self)
        return decodedCount(ofWritten: location.column - start.column, in: literal)
    }

    /// How many characters of the decoded string the first `written` scalars of `literal` stand for.
    static func decodedCount(ofWritten written: Int, in literal: String) -> Int {
        let scalars = Array(literal.unicodeScalars)
        var position = 0
        var decoded = 0
        while position < written, position < scalars.count {
            position += scalars[position] == "\\" ? escapeLength(at: position, in: scalars) : 1
            decoded += 1
        }
        return decoded
    }

    /// The written length of the escape at `position`: `\n` is 2, `\u00e4` 6, a surrogate pair 12.
    private static func escapeLength(at position: Int, in scalars: [Unicode.Scalar]) -> Int {
        guard position + 1 < scalars.count, scalars[position + 1] == "u" else { return 2 }
        let high = String(String.UnicodeScalarView(scalars[(position + 2)..<min(position + 6, scalars.count)]))
        let isHighSurrogate = UInt32(high, radix: 16).map { (0xD800...0xDBFF).contains($0) } ?? false
        let followedByLow =
            position + 7 < scalars.count && scalars[position + 6] == "\\" && scalars[position + 7] == "u"
        return isHighSurrogate && followedByLow ? 12 : 6
    }
}
