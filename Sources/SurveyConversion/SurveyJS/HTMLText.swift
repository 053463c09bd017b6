/// The readable text of a piece of HTML, for SurveyJS `html` elements that become notes.
///
/// Tags are dropped (`<br>`, `<p>`, `<li>` and headings end a line), the common entities are
/// decoded, and runs of spaces collapse to one. This is not an HTML parser; it only has to
/// keep the words of the short notices SurveyJS surveys carry.
enum HTMLText {
    static func plain(_ html: String) -> (text: String, hadMarkup: Bool) {
        var output = ""
        var hadMarkup = false
        var index = html.startIndex
        // Once no `>` follows, no later `<` can open a tag; remembering that keeps the cost linear.
        var closingFollows = true
        while index < html.endIndex {
            let character = html[index]
            if character == "<", closingFollows, let close = html[index...].firstIndex(of: ">") {
                hadMarkup = true
                let tag = html[html.index(after: index)..<close].lowercased()
                let name = tag.drop { $0 == "/" }.prefix { $0.isASCIILetter || $0.isASCIIDigit }
                if ["br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6"].contains(String(name)) {
                    output.append("\n")
                }
                index = html.index(after: close)
            } else if character == "<", closingFollows {
                closingFollows = false
                output.append(character)
                index = html.index(after: index)
            } else if character == "&", let semicolon = html[index...].prefix(10).firstIndex(of: ";"),
                let decoded = entities[String(html[html.index(after: index)..<semicolon])]
            {
                hadMarkup = true
                output.append(decoded)
                index = html.index(after: semicolon)
            } else {
                output.append(character)
                index = html.index(after: index)
            }
        }
        let lines = output.split(separator: "\n").map { line in
            line.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        return (lines.filter { !$0.isEmpty }.joined(separator: "\n"), hadMarkup)
    }

    private static let entities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "auml": "ä", "ouml": "ö",
        "uuml": "ü", "Auml": "Ä", "Ouml": "Ö", "Uuml": "Ü", "szlig": "ß", "euro": "€", "ndash": "–", "mdash": "—",
    ]
}
