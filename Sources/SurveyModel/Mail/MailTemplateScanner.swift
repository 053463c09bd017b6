/// Splits a template into literal text and `{{…}}` placeholders.
///
/// The loader and the renderer read templates the same way, so what the
/// linter accepts is exactly what gets filled in. Spaces inside the braces
/// are allowed (`{{ link }}`); a `{{` without `}}` stays literal text, which
/// the loader reports.
enum MailTemplateScanner {
    enum Piece: Equatable {
        case literal(Substring)
        /// A placeholder's name, trimmed; `offset` counts Unicode scalars to its `{{`.
        case placeholder(name: String, offset: Int)
        /// A `{{` without a closing `}}`, at a scalar offset; the rest of the text is literal.
        case unclosed(offset: Int)
    }

    static func pieces(_ text: String) -> [Piece] {
        var pieces: [Piece] = []
        var rest = text.unicodeScalars[...]
        var offset = 0
        while let open = firstPair(of: "{", in: rest) {
            let before = rest[..<open]
            if !before.isEmpty { pieces.append(.literal(Substring(before))) }
            offset += before.count
            let inside = rest[rest.index(open, offsetBy: 2)...]
            guard let close = firstPair(of: "}", in: inside) else {
                pieces.append(.unclosed(offset: offset))
                pieces.append(.literal(Substring(rest[open...])))
                return pieces
            }
            let name = String(String.UnicodeScalarView(inside[..<close]))
            pieces.append(.placeholder(name: name.trimmingSpaces, offset: offset))
            offset += 2 + inside[..<close].count + 2
            rest = inside[inside.index(close, offsetBy: 2)...]
        }
        if !rest.isEmpty { pieces.append(.literal(Substring(rest))) }
        return pieces
    }

    /// The index of the first of two `scalar`s in a row.
    private static func firstPair(
        of scalar: Unicode.Scalar, in text: Substring.UnicodeScalarView
    ) -> Substring.UnicodeScalarView.Index? {
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(after: index)
            if text[index] == scalar, next < text.endIndex, text[next] == scalar { return index }
            index = next
        }
        return nil
    }
}
