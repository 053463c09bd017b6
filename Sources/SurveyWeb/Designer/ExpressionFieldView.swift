import Markup
import StrictJSON
import SurveyModel

/// The text field of a condition or rule (`visibleIf`, `requiredIf`, `validate[n].expr`).
///
/// When the loader finds a problem in the expression, the field shows the message (with its
/// did-you-mean) and below it the expression with a caret under the character concerned, as
/// `survey validate` does in the terminal. Any designer page with an expression uses it.
struct ExpressionFieldView {
    let path: DefinitionPath
    let label: String
    let help: String?
    let document: DesignerDocument
    let ui: UILanguage

    /// The expression as the would-be definition holds it (empty when the key is absent).
    var value: String { document.json.value(at: path)?.string ?? "" }

    func render(into html: inout HTMLBuilder) {
        let problems = document.problems.filter { $0.path == path }
        let id = DesignerField.id(of: path)
        html.element(
            "div", [HTMLAttribute("class", problems.isEmpty ? "field expression" : "field expression has-error")]
        ) { html in
            html.element("label", [HTMLAttribute("for", id)], text: label)
            if let help {
                html.element("p", [HTMLAttribute("class", "help"), HTMLAttribute("id", id + "-help")], text: help)
            }
            if !problems.isEmpty {
                html.element("div", [HTMLAttribute("class", "error"), HTMLAttribute("id", id + "-error")]) { html in
                    for problem in problems { renderProblem(problem, into: &html) }
                }
            }
            let describedBy = [help.map { _ in id + "-help" }, problems.isEmpty ? nil : id + "-error"].compactMap { $0 }
            html.void(
                "input",
                [
                    HTMLAttribute("type", "text"), HTMLAttribute("id", id), HTMLAttribute("name", path.description),
                    HTMLAttribute("value", value), HTMLAttribute("class", "code"),
                    HTMLAttribute("spellcheck", "false"), HTMLAttribute("autocomplete", "off"),
                    HTMLAttribute("aria-describedby", describedBy.isEmpty ? nil : describedBy.joined(separator: " ")),
                    HTMLAttribute("aria-invalid", problems.isEmpty ? nil : "true"),
                ])
        }
    }

    /// The message, and the excerpt with its caret when the problem lies inside the expression.
    private func renderProblem(_ problem: DesignerDocument.Problem, into html: inout HTMLBuilder) {
        html.element("p", text: problem.message)
        guard let location = problem.location,
            let offset = ExpressionFieldPosition.offset(of: location, at: path, in: document.json)
        else { return }
        html.element("p", [HTMLAttribute("class", "visually-hidden")], text: ExpressionFieldPhrase.at(offset + 1, ui))
        html.element("pre", [HTMLAttribute("class", "expression-excerpt"), HTMLAttribute("aria-hidden", "true")]) {
            html in
            html.text(value + "\n" + String(repeating: " ", count: offset) + "^")
        }
    }
}

/// The words of expression fields, in German and English.
enum ExpressionFieldPhrase {
    /// Where the problem lies, for screen readers, which skip the caret drawing.
    static func at(_ character: Int, _ ui: UILanguage) -> String {
        ui == .de
            ? "Die Stelle ist das \(character). Zeichen des Ausdrucks." : "At character \(character) of the expression."
    }
}
