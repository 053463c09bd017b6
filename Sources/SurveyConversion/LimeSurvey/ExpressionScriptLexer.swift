/// Splits an equation into tokens; linear in its length.
enum ExpressionScriptLexer {
    static let symbols = ["==", "!=", "<=", ">=", "&&", "||", "<", ">", "!", "(", ")", ",", "+", "-", "*", "/"]

    static func tokens(_ source: String) throws(ExpressionScript.ParseError) -> [(ExpressionScriptToken, Int)] {
        let scalars = Array(source.unicodeScalars)
        var tokens: [(ExpressionScriptToken, Int)] = []
        var index = 0
        func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
            scalar.properties.isAlphabetic && scalar.isASCII || ("0"..."9").contains(scalar) || scalar == "_"
        }
        while index < scalars.count {
            let scalar = scalars[index]
            let start = index
            if scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" {
                index += 1
            } else if scalar == "\"" || scalar == "'" {
                var text = String.UnicodeScalarView()
                index += 1
                while index < scalars.count && scalars[index] != scalar {
                    if scalars[index] == "\\", index + 1 < scalars.count { index += 1 }
                    text.append(scalars[index])
                    index += 1
                }
                guard index < scalars.count else { throw .syntax(offset: start) }
                index += 1
                tokens.append((.string(String(text)), start))
            } else if isWordScalar(scalar) {
                // Words may continue with dots (`Q1.NAOK`, `that.Q1`); a number is digits and at most one dot.
                while index < scalars.count && (isWordScalar(scalars[index]) || scalars[index] == ".") { index += 1 }
                let word = String(String.UnicodeScalarView(scalars[start..<index]))
                let isNumber =
                    word.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") }
                    && word.filter { $0 == "." }.count <= 1 && word.first != "."
                tokens.append((isNumber ? .number(word) : .name(word), start))
            } else if let symbol = symbols.first(where: { matches($0, scalars, at: index) }) {
                index += symbol.unicodeScalars.count
                tokens.append((.symbol(symbol), start))
            } else {
                throw .syntax(offset: start)
            }
        }
        return tokens
    }

    private static func matches(_ symbol: String, _ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        let wanted = Array(symbol.unicodeScalars)
        guard index + wanted.count <= scalars.count else { return false }
        return Array(scalars[index..<index + wanted.count]) == wanted
    }
}
