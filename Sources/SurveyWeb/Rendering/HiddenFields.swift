import Markup

/// The fields a form of the questionnaire carries besides its questions' own.
protocol FormControls: Sendable {
    func render(into html: inout HTMLBuilder)
}

/// The control fields every state-changing form carries.
struct HiddenFields: FormControls {
    /// The session's anti-forgery token.
    let csrf: String
    /// A key unique to this rendering of the form, so a repeated post is recognised.
    let formKey: String

    func render(into html: inout HTMLBuilder) {
        html.void(
            "input", [HTMLAttribute("type", "hidden"), HTMLAttribute("name", "_csrf"), HTMLAttribute("value", csrf)])
        html.void(
            "input", [HTMLAttribute("type", "hidden"), HTMLAttribute("name", "_form"), HTMLAttribute("value", formKey)])
    }
}

extension HiddenFields {
    /// A form that posts to `action` with a fresh form key and the session's token, then `content`.
    ///
    /// Every state-changing office form is written here, so none can forget its anti-forgery token.
    static func postForm(
        to action: String, csrf: String, attributes: [HTMLAttribute] = [], into html: inout HTMLBuilder,
        _ content: (inout HTMLBuilder) -> Void
    ) {
        html.element(
            "form", [HTMLAttribute("method", "post"), HTMLAttribute("action", action)] + attributes
        ) { html in
            HiddenFields(csrf: csrf, formKey: WebServices.newFormKey()).render(into: &html)
            content(&html)
        }
    }
}
