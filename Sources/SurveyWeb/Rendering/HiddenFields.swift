import Markup

/// The control fields every state-changing form carries.
struct HiddenFields: Sendable {
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
