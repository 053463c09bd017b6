import Markup

/// The page that asks before a change drops or hides a live survey's answers.
///
/// It posts the very form the person sent again, every field as a hidden field, plus `confirm=1`; so
/// nothing typed is lost, the version lock still holds, and no JavaScript is needed.
struct LiveChangeConfirmation {
    let ui: UILanguage
    let consequences: [String]
    /// Where the form was posted, and where it is posted again.
    let action: String
    /// The fields the person sent, without the form's own control fields.
    let fields: [(name: String, value: String)]
    /// Whether the form is posted as `multipart/form-data` (the upload), not URL-encoded.
    let multipart: Bool
    /// The page to go back to without saving.
    let cancel: String
    let csrf: String

    /// Fields the form carries for its own sake and writes afresh: the token, the form key, the confirmation.
    static let controlFields: Set<String> = ["_csrf", "_form", DesignerForm.confirmField]

    func render(into html: inout HTMLBuilder) {
        html.element("p", text: LiveChangePhrase.confirmIntro.text(ui))
        html.element("ul", [HTMLAttribute("class", "messages")]) { html in
            for consequence in consequences { html.element("li", text: consequence) }
        }
        html.element("p", text: LiveChangePhrase.confirmKept.text(ui))
        HiddenFields.postForm(
            to: action, csrf: csrf,
            attributes: multipart ? [HTMLAttribute("enctype", "multipart/form-data")] : [], into: &html
        ) { html in
            for field in fields where !Self.controlFields.contains(field.name) {
                html.void(
                    "input",
                    [
                        HTMLAttribute("type", "hidden"), HTMLAttribute("name", field.name),
                        HTMLAttribute("value", field.value),
                    ])
            }
            html.void(
                "input",
                [
                    HTMLAttribute("type", "hidden"), HTMLAttribute("name", DesignerForm.confirmField),
                    HTMLAttribute("value", "1"),
                ])
            html.element("p", [HTMLAttribute("class", "actions")]) { html in
                html.element(
                    "button", [HTMLAttribute("type", "submit")], text: LiveChangePhrase.confirmButton.text(ui))
                html.element("a", [HTMLAttribute("href", cancel)], text: LiveChangePhrase.cancel.text(ui))
            }
        }
    }
}
