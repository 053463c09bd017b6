import Foundation

/// How the values of a ``DefinitionChange`` read in German or English: numbers with the
/// language's separators, dates as the language writes them, texts shortened and in its quotation marks.
struct DefinitionDiffWords {
    let language: DiagnosticLanguage
    private let condition: ConditionWords

    /// The most characters of a text shown; a longer text ends in "…".
    static let textExcerptLength = 60
    /// Conditions are shown longer than texts, since their end often decides what they mean.
    static let expressionExcerptLength = 120

    init(_ language: DiagnosticLanguage) {
        self.language = language
        condition = ConditionWords(language: language.rawValue, voice: .report)
    }

    func pick(_ german: String, _ english: String) -> String {
        language == .de ? german : english
    }

    /// A text on one line, at most `limit` characters, in the language's quotation marks.
    func quoted(_ text: String, limit: Int = textExcerptLength) -> String {
        condition.quoted(Self.excerpt(text, limit: limit))
    }

    /// `text` with every run of white space (line breaks too) as one space, cut to `limit` characters.
    static func excerpt(_ text: String, limit: Int) -> String {
        let words = text.split(whereSeparator: { $0.isWhitespace || $0.isNewline }).joined(separator: " ")
        guard words.count > limit else { return words }
        var cut = words.prefix(max(0, limit - 1))
        // End at a word when one ends near the limit, so no word is cut in half.
        if let space = cut.lastIndex(of: " "), cut.distance(from: space, to: cut.endIndex) <= limit / 4 {
            cut = cut[..<space]
        }
        return cut.trimmingCharacters(in: .whitespaces) + "…"
    }

    /// Both sides of a changed text, each starting a few words before the first difference when
    /// the texts are long, so that a change near the end of a long help text can be seen.
    func changed(_ old: String, _ new: String) -> (old: String, new: String) {
        let oldWords = old.split(whereSeparator: { $0.isWhitespace || $0.isNewline })
        let newWords = new.split(whereSeparator: { $0.isWhitespace || $0.isNewline })
        let shared = zip(oldWords, newWords).prefix { $0 == $1 }.count
        let context = 3
        guard max(old.count, new.count) > Self.textExcerptLength, shared > context else {
            return (quoted(old), quoted(new))
        }
        func tail(_ words: [Substring]) -> String {
            quoted("…" + words.dropFirst(shared - context).joined(separator: " "))
        }
        return (tail(oldWords), tail(newWords))
    }

    func text(_ text: LocalizedText) -> String {
        quoted(text.text(in: language.rawValue))
    }

    /// The most items of a list shown; thousands of options would bury the change.
    static let listExcerptLength = 12

    func list(_ items: [String]) -> String {
        guard !items.isEmpty else { return pick("(keine)", "(none)") }
        let shown = items.prefix(Self.listExcerptLength).map { quoted($0) }.joined(separator: ", ")
        let more = items.count - Self.listExcerptLength
        return more > 0 ? shown + pick(" und \(more) weitere", " and \(more) more") : shown
    }

    /// A value as it reads after "changed:"; `endOfDay` shows a closing moment at midnight as 24:00 of the day before.
    func value(_ value: DefinitionChange.Value, endOfDay: Bool = false) -> String {
        switch value {
        case .number(let number): NumberText.display(number, language: language.rawValue)
        case .bool(let flag): flag ? pick("ja", "yes") : pick("nein", "no")
        case .verbatim(let text): quoted(text)
        case .list(let items): list(items)
        case .expression(let source): quoted(source, limit: Self.expressionExcerptLength)
        case .date(let date): condition.date(year: date.year, month: date.month, day: date.day)
        case .instant(let date, let zone): moment(date, in: zone, endOfDay: endOfDay)
        case .questionType(let type): language == .de ? type.words.de : type.words.en
        case .access(.token): pick("nur eingeladene Teilnehmende (token)", "invited participants only (token)")
        case .access(.public): pick("alle mit dem Link (public)", "anyone with the link (public)")
        case .display(.radio): pick("Optionsfelder (radio)", "radio buttons (radio)")
        case .display(.dropdown): pick("Auswahlliste (dropdown)", "drop-down list (dropdown)")
        case .format(.email): pick("E-Mail-Adresse (email)", "e-mail address (email)")
        case .matrixOnScale(let onScale): onScale ? pick("Skala", "scale") : pick("Optionen", "options")
        case .requirement(.optional): pick("nein", "no")
        case .requirement(.always): pick("ja", "yes")
        case .requirement(.when(let expression)):
            pick("wenn ", "if ") + quoted(expression.source, limit: Self.expressionExcerptLength)
        case .section(let title, let questions):
            (title.map { self.text($0) + ": " } ?? "") + questions.joined(separator: ", ")
        }
    }

    /// What was added to or removed from a list, or a report section, when that says more than
    /// both whole values; nil when only the order changed, or for values of other kinds.
    func difference(_ old: DefinitionChange.Value, _ new: DefinitionChange.Value) -> String? {
        switch (old, new) {
        case (.list(let before), .list(let after)):
            return membership(before, after)
        case (.section(let oldTitle, let before), .section(let newTitle, let after)):
            var parts: [String] = []
            if oldTitle != newTitle {
                parts.append(
                    pick("Titel ", "title ") + (oldTitle.map(text) ?? pick("(keiner)", "(none)")) + " → "
                        + (newTitle.map(text) ?? pick("(keiner)", "(none)")))
            }
            if before != after {
                parts.append(membership(before, after) ?? list(before) + " → " + list(after))
            }
            return parts.joined(separator: "; ")
        default:
            return nil
        }
    }

    /// „hinzugefügt: „a“; entfernt: „b““, or nil when both hold the same items.
    private func membership(_ before: [String], _ after: [String]) -> String? {
        let added = after.filter { !before.contains($0) }
        let removed = before.filter { !after.contains($0) }
        guard !added.isEmpty || !removed.isEmpty else { return nil }
        var parts: [String] = []
        if !added.isEmpty { parts.append(pick("hinzugefügt ", "added ") + list(added)) }
        if !removed.isEmpty { parts.append(pick("entfernt ", "removed ") + list(removed)) }
        return parts.joined(separator: "; ")
    }

    /// `16.11.2026, 08:00` in German, `2026-11-16 08:00` in English, in the survey's time zone.
    private func moment(_ date: Date, in zone: TimeZone, endOfDay: Bool) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        let midnight = parts.hour == 0 && parts.minute == 0
        let day = endOfDay && midnight ? date.addingTimeInterval(-1) : date
        let dayParts = calendar.dateComponents([.year, .month, .day], from: day)
        let written = condition.date(year: dayParts.year ?? 0, month: dayParts.month ?? 0, day: dayParts.day ?? 0)
        func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
        let time = endOfDay && midnight ? "24:00" : "\(twoDigits(parts.hour ?? 0)):\(twoDigits(parts.minute ?? 0))"
        return written + pick(", ", " ") + time
    }
}
