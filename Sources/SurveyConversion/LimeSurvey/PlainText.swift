/// LimeSurvey's texts are HTML from its editor; our texts are plain. This turns one into the other.
///
/// Tags go, block ends and `<br>` become line breaks, character references are
/// decoded, and the content of `script`, `style` and media elements is dropped
/// (``PlainText/droppedMedia`` says so, for a warning). Linear in the input.
struct PlainText: Sendable, Equatable {
    var text: String
    /// Whether a script, style, image, video, audio or frame was removed.
    var droppedMedia: Bool

    /// Elements whose removal loses something the participant would have seen or run.
    private static let media: Set<String> = ["script", "style", "img", "video", "audio", "iframe", "object", "embed"]
    /// Elements whose content is dropped with them.
    private static let withContent: Set<String> = ["script", "style"]
    private static let lineBreaking: Set<String> = ["br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6"]

    init(html: String) {
        var output = ""
        var dropped = false
        var skipUntil: String?
        var scalars = Array(html.unicodeScalars)[...]
        // Once no `>` follows, no later `<` can open a tag; without this, "<<<…" would be quadratic.
        var mayCloseTag = true
        while let scalar = scalars.first {
            if scalar == "<" && mayCloseTag {
                guard let close = scalars.firstIndex(of: ">") else {
                    mayCloseTag = false
                    continue
                }
                let tag = String(String.UnicodeScalarView(scalars[scalars.startIndex + 1..<close]))
                scalars = scalars[(close + 1)...]
                let name = Self.tagName(tag)
                let closing = tag.hasPrefix("/")
                if let open = skipUntil {
                    if closing && name == open { skipUntil = nil }
                    continue
                }
                if Self.media.contains(name) { dropped = true }
                if !closing && Self.withContent.contains(name) && !tag.hasSuffix("/") { skipUntil = name }
                if Self.lineBreaking.contains(name) && (closing || name == "br") { output += "\n" }
                continue
            }
            scalars = scalars.dropFirst()
            if skipUntil != nil { continue }
            if scalar == "&", let (decoded, rest) = Self.reference(scalars) {
                output.unicodeScalars.append(decoded)
                scalars = rest
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
        text = Self.tidy(output)
        droppedMedia = dropped
    }

    /// The text on one line, for titles and labels.
    var singleLine: String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    private static func tagName(_ tag: String) -> String {
        let trimmed = tag.drop { $0 == "/" }
        return String(trimmed.prefix { $0.isLetter || $0.isNumber }).lowercased()
    }

    private static let named: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "auml": "ä", "ouml": "ö",
        "uuml": "ü", "Auml": "Ä", "Ouml": "Ö", "Uuml": "Ü", "szlig": "ß", "eacute": "é", "egrave": "è",
        "agrave": "à", "ccedil": "ç", "euro": "€", "hellip": "…", "ndash": "–", "mdash": "—", "laquo": "«",
        "raquo": "»", "bdquo": "„", "ldquo": "“", "rdquo": "”", "lsquo": "‘", "rsquo": "’", "copy": "©",
    ]

    /// A character reference after `&`: `amp;`, `#228;`, `#xE4;`, and what follows it.
    private static func reference(
        _ rest: ArraySlice<Unicode.Scalar>
    ) -> (Unicode.Scalar, ArraySlice<Unicode.Scalar>)? {
        guard let end = rest.prefix(12).firstIndex(of: ";") else { return nil }
        let body = String(String.UnicodeScalarView(rest[rest.startIndex..<end]))
        let after = rest[(end + 1)...]
        if body.hasPrefix("#x") || body.hasPrefix("#X") {
            return UInt32(body.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { ($0, after) }
        }
        if body.hasPrefix("#") {
            return UInt32(body.dropFirst()).flatMap(Unicode.Scalar.init).map { ($0, after) }
        }
        return named[body].map { ($0, after) }
    }

    /// Runs of spaces become one, blank lines at most one, and the ends are trimmed.
    private static func tidy(_ text: String) -> String {
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let words = line.split { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\u{A0}" }
            let joined = words.joined(separator: " ")
            if joined.isEmpty && (lines.last?.isEmpty ?? true) { continue }
            lines.append(joined)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }
}
