import Markup
import SurveyModel

/// The earlier questions a condition may read, folded away beside the condition fields: id, type,
/// title and the option values with their labels, to copy into an expression.
struct QuestionReferenceList {
    let candidates: [ReferenceCandidate]
    let ui: UILanguage

    func render(into html: inout HTMLBuilder) {
        html.element("details", [HTMLAttribute("class", "reference-list")]) { html in
            html.element("summary", text: QuestionEditorPhrase.references(candidates.count).text(ui))
            guard !candidates.isEmpty else {
                return html.element("p", text: QuestionEditorPhrase.noReferences.text(ui))
            }
            html.element("dl") { html in
                for candidate in candidates { render(candidate, into: &html) }
            }
        }
    }

    private func render(_ candidate: ReferenceCandidate, into html: inout HTMLBuilder) {
        let words = candidate.type.words
        html.element("dt") { html in
            html.element("code", text: candidate.id)
            html.text(" (\(ui == .de ? words.de : words.en))")
        }
        html.element("dd") { html in
            if let title = candidate.title { html.element("span", text: title.text(in: ui.rawValue)) }
            list(QuestionEditorPhrase.rowsHeading, candidate.rows, prefix: candidate.id + ".", into: &html)
            list(QuestionEditorPhrase.optionValues, candidate.options, prefix: "", into: &html)
        }
    }

    private func list(
        _ heading: QuestionEditorPhrase, _ choices: [Option], prefix: String, into html: inout HTMLBuilder
    ) {
        guard !choices.isEmpty else { return }
        html.element("p", [HTMLAttribute("class", "hint")], text: heading.text(ui))
        html.element("ul") { html in
            for choice in choices {
                html.element("li") { html in
                    html.element("code", text: prefix.isEmpty ? "'\(choice.value)'" : prefix + choice.value)
                    html.text(" – " + choice.label.text(in: ui.rawValue))
                }
            }
        }
    }
}
