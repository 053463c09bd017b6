import Markup

/// The page where a participant types the access code from the letter.
struct CodeEntryPage {
    let ui: UILanguage
    let csrf: String
    /// The neutral message after a failed attempt.
    let error: String?
    let typed: String

    func render() -> [UInt8] {
        let title = Phrase.codeEntryTitle.text(ui)
        let layout = PageLayout(
            language: ui.rawValue, title: error == nil ? title : "\(Phrase.errorTitle.text(ui)): \(title)",
            siteTitle: title,
            languageLinks: UILanguage.allCases.map {
                PageLayout.LanguageLink(
                    code: $0.rawValue, name: PageLayout.nativeName(of: $0.rawValue), href: "/t?lang=\($0.rawValue)")
            }, ui: ui)
        return layout.render { html in
            html.element("h1", text: title)
            if let error {
                html.element(
                    "div",
                    [
                        HTMLAttribute("class", "error-summary"), HTMLAttribute("role", "alert"),
                        HTMLAttribute("tabindex", "-1"), .flag("autofocus", true),
                    ]
                ) { html in
                    html.element("p", [HTMLAttribute("class", "error"), HTMLAttribute("id", "e-code")], text: error)
                }
            }
            html.element("form", [HTMLAttribute("method", "post"), HTMLAttribute("action", "/t?lang=\(ui.rawValue)")]) {
                html in
                html.void(
                    "input",
                    [HTMLAttribute("type", "hidden"), HTMLAttribute("name", "_csrf"), HTMLAttribute("value", csrf)])
                html.element("div", [HTMLAttribute("class", "question")]) { html in
                    html.element("label", [HTMLAttribute("for", "code")], text: Phrase.codeLabel.text(ui))
                    html.element(
                        "p", [HTMLAttribute("class", "help"), HTMLAttribute("id", "h-code")],
                        text: Phrase.codeHelp.text(ui))
                    html.void(
                        "input",
                        [
                            HTMLAttribute("type", "text"), HTMLAttribute("id", "code"), HTMLAttribute("name", "code"),
                            HTMLAttribute("value", typed), HTMLAttribute("autocomplete", "off"),
                            HTMLAttribute("spellcheck", "false"),
                            HTMLAttribute("maxlength", "64"),
                            HTMLAttribute("aria-describedby", error == nil ? "h-code" : "h-code e-code"),
                            HTMLAttribute("aria-invalid", error == nil ? nil : "true"),
                        ])
                }
                html.element("div", [HTMLAttribute("class", "actions")]) { html in
                    html.element(
                        "button", [HTMLAttribute("type", "submit"), HTMLAttribute("class", "primary")],
                        text: Phrase.codeSubmit.text(ui))
                }
            }
        }
    }
}
