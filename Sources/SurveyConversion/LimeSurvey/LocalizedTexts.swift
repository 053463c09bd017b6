import StrictJSON

/// Builds our texts from LimeSurvey's HTML texts by language: a plain string for a survey in one
/// language, an object with one text per language otherwise, nil when every language is empty.
struct LocalizedTexts: Sendable {
    let languages: LimeSurveyLanguages

    /// - Parameters:
    ///   - multiline: keeps line breaks (descriptions, help, notes); titles and labels take one line.
    ///   - field: what the text is, for the warning when something is lost (`question text`).
    func json(
        _ texts: [String: String], multiline: Bool, place: String, field: TextField, log: inout ConversionLog
    ) -> JSON? {
        var converted: [(String, String)] = []
        var droppedMedia = false
        var placeholders = false
        for (source, code) in languages.ours.sorted(by: { order($0.value) < order($1.value) }) {
            guard let html = texts[source] else { continue }
            let plain = PlainText(html: html)
            let text = multiline ? plain.text : plain.singleLine
            droppedMedia = droppedMedia || plain.droppedMedia
            placeholders = placeholders || Self.hasPlaceholder(text)
            if !text.isEmpty { converted.append((code, text)) }
        }
        if droppedMedia {
            log.warn(
                place, german: "\(field.german): Bilder, Skripte oder eingebettete Medien wurden entfernt",
                english: "\(field.english): images, scripts or embedded media were removed")
        }
        if placeholders {
            log.warn(
                place,
                german:
                    "\(field.german): Platzhalter {…} von ExpressionScript werden nicht ersetzt, sondern so angezeigt",
                english: "\(field.english): ExpressionScript placeholders {…} are not filled in but shown as written")
        }
        guard let first = converted.first else { return nil }
        if languages.codes.count == 1 { return .string(first.1) }
        return .object(converted.map { JSONField(key: $0.0, value: .string($0.1)) })
    }

    /// A text of LimeSurvey's own wording (``FixedWording``) in each of our languages.
    func json(_ wording: FixedWording.Wording) -> JSON {
        let texts = languages.codes.map { ($0, wording[$0] ?? wording["en"] ?? "") }
        if texts.count == 1, let only = texts.first { return .string(only.1) }
        return .object(texts.map { JSONField(key: $0.0, value: .string($0.1)) })
    }

    private func order(_ code: String) -> Int { languages.codes.firstIndex(of: code) ?? Int.max }

    /// LimeSurvey fills in `{Q1}` and `{if(…)}`; a brace followed by a space is plain text to it too.
    private static func hasPlaceholder(_ text: String) -> Bool {
        var open = false
        var previous: Character = " "
        for character in text {
            if previous == "{" && !character.isWhitespace && character != "}" { open = true }
            if open && character == "}" { return true }
            previous = character
        }
        return false
    }
}
