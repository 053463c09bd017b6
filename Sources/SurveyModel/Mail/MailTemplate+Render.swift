/// Filling in a letter for one participant.
extension MailTemplate {
    /// The subject, plain text and HTML alternative of the letter in `language`, with every placeholder filled.
    ///
    /// Total and pure: each placeholder is replaced once, so a value that itself
    /// contains `{{…}}` (a school named „{{link}}“) stays as it is; an unknown
    /// placeholder, which the loader refuses, is left as written. In the subject,
    /// line breaks in values become spaces, so a value can never add a header line.
    /// In the HTML alternative every value goes through `escapeHTML` (the package's
    /// HTML escaper, as the model has none of its own), and `{{link}}`
    /// becomes a link — or, right after `href="`, just the address.
    /// - Parameter escapeHTML: escapes text for HTML element content and double-quoted attributes.
    public func render(
        language: String, values: MailTemplateValues, escapeHTML: (String) -> String
    ) -> (subject: String, text: String, html: String?) {
        let subject = Self.fill(subject.text(in: language)) { values.value(of: $0) }
        let text = Self.fill(text.text(in: language)) { values.value(of: $0) }
        let html = html.map { template in
            Self.fill(template.text(in: language)) { placeholder, before in
                let value = escapeHTML(values.value(of: placeholder))
                guard placeholder == .link, !before.hasSuffix("href=\"") else { return value }
                return "<a href=\"\(value)\">\(value)</a>"
            }
        }
        return (Self.singleLine(subject), text, html)
    }

    /// `template` with each known placeholder replaced by `value`.
    static func fill(_ template: String, value: (MailPlaceholder) -> String) -> String {
        fill(template) { placeholder, _ in value(placeholder) }
    }

    /// `template` with each known placeholder replaced; `value` also sees the template text before it.
    private static func fill(_ template: String, value: (MailPlaceholder, Substring) -> String) -> String {
        var result = ""
        var lastLiteral: Substring = ""
        for piece in MailTemplateScanner.pieces(template) {
            switch piece {
            case .literal(let text):
                result += text
                lastLiteral = text
            case .placeholder(let name, _):
                if let placeholder = MailPlaceholder(name: name) {
                    result += value(placeholder, lastLiteral)
                } else {
                    result += "{{\(name)}}"
                }
                lastLiteral = ""
            case .unclosed:
                continue
            }
        }
        return result
    }

    /// `text` on one line: every line break (CR LF, CR, LF, NEL, line and paragraph separators, VT, FF)
    /// becomes one space.
    static func singleLine(_ text: String) -> String {
        let breaks: Set<Unicode.Scalar> = ["\r", "\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}"]
        var result = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            if scalar == "\n", previous == "\r" { continue }
            result.append(breaks.contains(scalar) ? " " : scalar)
        }
        return String(result)
    }
}
