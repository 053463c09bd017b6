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
        var lines: [String] = []
        var line = ""
        var joiner = ""
        for piece in pieces(of: paragraph) {
            let candidate = line.isEmpty ? piece.text : line + joiner + piece.text
            if measure(candidate) <= width {
                line = candidate
            } else {
                if !line.isEmpty { lines.append(line) }
                if measure(piece.text) <= width {
                    line = piece.text
                } else {
                    var parts = hyphenate(piece.text, width: width)
                    line = parts.popLast() ?? ""
                    lines += parts
                }
            }
            joiner = piece.spaceAfter ? " " : ""
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// Splits text into pieces that end at a break opportunity.
    private func pieces(of text: String) -> [Piece] {
        var result: [Piece] = []
        var current = ""
        for character in text {
            if character == " " || character == "\n" {
                if !current.isEmpty { result.append(Piece(text: current, spaceAfter: true)) }
                current = ""
                continue
            }
            current.append(character)
            if character == "/" || (character == "-" && current.count > 1) {
                result.append(Piece(text: current, spaceAfter: false))
                current = ""
            }
        }
        if !current.isEmpty { result.append(Piece(text: current, spaceAfter: false)) }
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
