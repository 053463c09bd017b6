/// The mail templates: which letter, which part and which language changed.
extension DefinitionDiff.ChangeCollector {
    mutating func compareMail() {
        for kind in MailTemplateKind.allCases {
            switch (old.mail.template(kind), new.mail.template(kind)) {
            case (nil, nil):
                continue
            case (nil, .some):
                add(.survey, page: nil, .mailTemplate(kind, part: nil, language: nil, .added))
            case (.some, nil):
                add(.survey, page: nil, .mailTemplate(kind, part: nil, language: nil, .removed))
            case (let before?, let after?):
                mailPart(kind, .subject, before.subject, after.subject)
                mailPart(kind, .text, before.text, after.text)
                mailPart(kind, .html, before.html, after.html)
            }
        }
    }

    /// Records a part added or removed as a whole, or each language in which it reads differently.
    private mutating func mailPart(
        _ kind: MailTemplateKind, _ part: DefinitionChange.MailTemplatePart, _ before: LocalizedText?,
        _ after: LocalizedText?
    ) {
        func record(_ language: String?, _ edit: DefinitionChange.MailTemplateEdit) {
            add(.survey, page: nil, .mailTemplate(kind, part: part, language: language, edit))
        }
        guard let before, let after else {
            if before != nil { record(nil, .removed) } else if after != nil { record(nil, .added) }
            return
        }
        if before.isPlain && after.isPlain {
            if before.defaultText != after.defaultText { record(nil, .changed) }
            return
        }
        for language in languages {
            switch (before.exactText(in: language), after.exactText(in: language)) {
            case (nil, .some): record(language, .added)
            case (.some, nil): record(language, .removed)
            case (let was?, let now?) where was != now: record(language, .changed)
            default: continue
            }
        }
    }
}
