/// A change as one sentence in German or English, for `survey diff` and the designer's history page.
///
/// Both languages stand side by side in each case, so a change cannot be worded in one and
/// forgotten in the other. German is formal and quotes in „…“; texts are shortened with "…".
extension DefinitionChange {
    /// The change as one line of plain text (no markup, no escaping: the caller's output escapes).
    public func text(_ language: DiagnosticLanguage) -> String {
        let words = DefinitionDiffWords(language)
        let subject = subjectText(words)
        let pick = words.pick
        switch kind {
        case .setting(let setting, let old, let new):
            let name = Self.name(of: setting, words)
            let endOfDay = setting == .closes
            switch (old, new) {
            case (let old?, let new?):
                return subject + ": " + name + pick(" geändert: ", " changed: ")
                    + (words.difference(old, new)
                        ?? words.value(old, endOfDay: endOfDay) + " → " + words.value(new, endOfDay: endOfDay))
            case (nil, let new?):
                return subject + ": " + name + pick(" hinzugefügt: ", " added: ") + words.value(new, endOfDay: endOfDay)
            case (let old?, nil):
                return subject + ": " + name + pick(" entfernt (war ", " removed (was ")
                    + words.value(old, endOfDay: endOfDay) + ")"
            case (nil, nil):
                return subject + ": " + name
            }
        case .text(let field, let language, let old, let new):
            let (before, after) = words.changed(old, new)
            return subject + ": " + Self.name(of: field, words) + pick(" geändert: ", " changed: ") + before + " → "
                + after + (language.map { " (\($0))" } ?? "")
        case .textPresence(let field, let old, let new):
            let name = Self.name(of: field, words)
            if let new { return subject + ": " + name + pick(" hinzugefügt: ", " added: ") + words.text(new) }
            return subject + ": " + name + pick(" entfernt (war ", " removed (was ") + (old.map(words.text) ?? "") + ")"
        case .participantFieldAdded(let label):
            return subject + pick(" hinzugefügt: ", " added: ") + words.text(label)
        case .participantFieldRemoved(let label), .pageRemoved(let label):
            return subject + pick(" entfernt: ", " removed: ") + words.text(label)
        case .pageAdded(let position, let title):
            return subject + pick(" an Position \(position) hinzugefügt: ", " added at position \(position): ")
                + words.text(title)
        case .pageMoved(let from, let to):
            return subject + pick(" verschoben: Position \(from) → \(to)", " moved: position \(from) → \(to)")
        case .questionAdded(let position, let type, let title, let formerID):
            let typeName = words.value(.questionType(type))
            let place = pick(
                " (\(typeName)) an Position \(position) auf Seite \(words.quoted(page ?? "")) hinzugefügt",
                " (\(typeName)) added at position \(position) on page \(words.quoted(page ?? ""))")
            let heading = title.map { ": " + words.text($0) } ?? ""
            let former = formerID.map {
                pick(
                    " (gleicher Typ und Titel wie die entfernte Frage \(words.quoted($0)): Eine geänderte Kennung gilt als neue Frage)",
                    " (same type and title as the removed question \(words.quoted($0)): a changed id counts as a new question)"
                )
            }
            return subject + place + heading + (former ?? "")
        case .questionRemoved(let fromPage, let title):
            return subject
                + pick(" von Seite \(words.quoted(fromPage)) entfernt", " removed from page \(words.quoted(fromPage))")
                + (title.map { ": " + words.text($0) } ?? "")
        case .questionMoved(let fromPage, let fromPosition, let toPage, let toPosition):
            guard fromPage != toPage else {
                return subject
                    + pick(
                        " verschoben: Position \(fromPosition) → \(toPosition)",
                        " moved: position \(fromPosition) → \(toPosition)")
            }
            return subject
                + pick(
                    " von Seite \(words.quoted(fromPage)) (Position \(fromPosition)) auf Seite \(words.quoted(toPage)) (Position \(toPosition)) verschoben",
                    " moved from page \(words.quoted(fromPage)) (position \(fromPosition)) to page \(words.quoted(toPage)) (position \(toPosition))"
                )
        case .typeChanged(let old, let new):
            return subject + pick(": Typ geändert: ", ": type changed: ") + words.value(.questionType(old)) + " → "
                + words.value(.questionType(new))
        case .optionAdded(let list, let value, let label):
            return subject + ": " + Self.name(of: list, value, words) + pick(" hinzugefügt: ", " added: ")
                + words.text(label)
        case .optionRemoved(let list, let value, let label):
            return subject + ": " + Self.name(of: list, value, words) + pick(" entfernt: ", " removed: ")
                + words.text(label)
        case .optionValueChanged(let list, let position, let old, let new, let label):
            let item = Self.itemName(list)
            return subject + ": "
                + pick(
                    "Wert der \(item.de) an Position \(position) geändert: ",
                    "value of the \(item.en) at position \(position) changed: ")
                + words.quoted(old) + " → " + words.quoted(new) + pick(" (Bezeichnung ", " (label ")
                + words.text(label) + ")"
        case .optionsReordered(let list, let old, let new):
            let items = Self.itemName(list)
            return subject + ": "
                + pick("Reihenfolge der \(items.dePlural) geändert: ", "order of \(items.enPlural) changed: ")
                + words.list(old) + " → " + words.list(new)
        case .optionExclusive(let value, _, let new):
            return subject + ": " + Self.name(of: .options, value, words)
                + (new
                    ? pick(" schließt nun alle anderen aus", " now excludes all others")
                    : pick(" schließt andere nicht mehr aus", " no longer excludes others"))
        case .ruleAdded(let expression):
            return subject + pick(": Prüfregel hinzugefügt: ", ": validation rule added: ")
                + words.value(.expression(expression))
        case .ruleRemoved(let expression):
            return subject + pick(": Prüfregel entfernt: ", ": validation rule removed: ")
                + words.value(.expression(expression))
        case .ruleChanged(let position, let old, let new):
            return subject + pick(": Prüfregel \(position) geändert: ", ": validation rule \(position) changed: ")
                + words.value(.expression(old)) + " → " + words.value(.expression(new))
        case .mailTemplate(let template, let part, let language, let edit):
            return Self.mailSentence(template, part, language, edit, words)
        }
    }

    /// „Die Einladung (Betreff, Deutsch) wurde geändert.“, „Die Erinnerung verwendet wieder das eingebaute Anschreiben.“
    private static func mailSentence(
        _ kind: MailTemplateKind, _ part: MailTemplatePart?, _ language: String?, _ edit: MailTemplateEdit,
        _ words: DefinitionDiffWords
    ) -> String {
        let pick = words.pick
        let letter =
            switch kind {
            case .invitation: pick("Die Einladung", "The invitation")
            case .reminder: pick("Die Erinnerung", "The reminder")
            }
        guard let part else {
            switch edit {
            case .added: return letter + pick(" hat jetzt einen eigenen Text.", " now has its own letter.")
            case .removed:
                return letter
                    + pick(" verwendet wieder das eingebaute Anschreiben.", " uses the built-in letter again.")
            case .changed: return letter + pick(" wurde geändert.", " was changed.")
            }
        }
        let partName =
            switch part {
            case .subject: pick("Betreff", "subject")
            case .text: pick("Text", "text")
            case .html: pick("HTML-Fassung", "HTML version")
            }
        let languageName = language.map { code in
            switch code {
            case "de": pick("Deutsch", "German")
            case "en": pick("Englisch", "English")
            default: words.quoted(code)
            }
        }
        let verb =
            switch edit {
            case .added: pick(" wurde hinzugefügt.", " was added.")
            case .removed: pick(" wurde entfernt.", " was removed.")
            case .changed: pick(" wurde geändert.", " was changed.")
            }
        return letter + " (" + ([partName] + [languageName].compactMap { $0 }).joined(separator: ", ") + ")" + verb
    }

    private func subjectText(_ words: DefinitionDiffWords) -> String {
        switch subject {
        case .survey: words.pick("Befragung", "Survey")
        case .participantField(let id): words.pick("Teilnehmerfeld ", "Participant field ") + words.quoted(id)
        case .page(let id): words.pick("Seite ", "Page ") + words.quoted(id)
        case .question(let id): words.pick("Frage ", "Question ") + words.quoted(id)
        }
    }
}
