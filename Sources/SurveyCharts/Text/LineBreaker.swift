/// Wraps labels into lines of a given width, never cutting text off.
///
/// Lines break at spaces, after a slash and after a hyphen
/// ("Landesinstitut/" | "Medienzentrum"), and at explicit line feeds. A word
/// wider than a whole line is split with a hyphen as a last resort, so even
/// "Donaudampfschifffahrtsgesellschaft" in a narrow column stays readable.
struct LineBreaker: Sendable {
    /// The font size in pixels.
    var size: Double
    /// Whether the text is set in bold.
    var bold = false

    /// One unbreakable piece of text and whether a space followed it.
    private struct Piece {
        var text: String
        var spaceAfter: Bool
    }

    /// The lines of `text` when set no wider than `width` pixels.
    func wrap(_ text: String, width: Double) -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lines += wrapParagraph(String(paragraph), width: width)
        }
        return lines.isEmpty ? [""] : lines
    }

    /// The width of the widest piece of `text` that no line break can split,
    /// which is the narrowest column that wraps it without hyphenation.
    func widestPiece(of text: String) -> Double {
        pieces(of: text).map { measure($0.text) }.max() ?? 0
    }

    /// The width of `text` in this size and weight.
    func measure(_ text: String) -> Double {
        FontMetrics.width(of: text, size: size, bold: bold)
    }

    private func wrapParagraph(_ paragraph: String, width: Double) -> [String] {
        // Widths add up because kerning is not applied, so each piece is
        // measured once and a line's width is the running sum.
        let space = measure(" ")
        var lines: [String] = []
        var line = ""
        var lineWidth = 0.0
        var joinsWithSpace = false
        for piece in pieces(of: paragraph) {
            let pieceWidth = measure(piece.text)
            let joiner = joinsWithSpace ? space : 0
            if line.isEmpty {
                line = piece.text
                lineWidth = pieceWidth
            } else if lineWidth + joiner + pieceWidth <= width {
                if joinsWithSpace { line += " " }
                line += piece.text
                lineWidth += joiner + pieceWidth
            } else {
                lines.append(line)
                line = piece.text
                lineWidth = pieceWidth
            }
            if lineWidth > width {
                var parts = hyphenate(line, width: width)
                line = parts.popLast() ?? ""
                lineWidth = measure(line)
                lines += parts
            }
            joinsWithSpace = piece.spaceAfter
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// Splits text into pieces that end at a break opportunity.
    ///
    /// The break characters are single ASCII scalars, so slicing the scalar
    /// view next to them keeps letters and their accents together.
    private func pieces(of text: String) -> [Piece] {
        var result: [Piece] = []
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var index = start
        while index != scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if scalar == " " || scalar == "\n" {
                if start != index { result.append(Piece(text: String(scalars[start..<index]), spaceAfter: true)) }
                start = next
            } else if scalar == "/" || (scalar == "-" && index != start) {
                result.append(Piece(text: String(scalars[start..<next]), spaceAfter: false))
                start = next
            }
            index = next
        }
        if start != scalars.endIndex { result.append(Piece(text: String(scalars[start...]), spaceAfter: false)) }
        return result
    }

    /// Splits one over-long word into lines, with a hyphen between letters.
    private func hyphenate(_ word: String, width: Double) -> [String] {
        var parts: [String] = []
        var part = ""
        for character in word {
            let needsHyphen = part.last?.isLetter == true && character.isLetter
            if !part.isEmpty && measure(part + String(character) + (needsHyphen ? "-" : "")) > width {
                parts.append(needsHyphen ? part + "-" : part)
                part = ""
            }
            part.append(character)
        }
        if !part.isEmpty { parts.append(part) }
        return parts
    }
}
