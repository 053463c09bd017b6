import Markup

/// The frame of every page: document head, header with the language switch, main region, footer.
struct PageLayout {
    /// A link in the language switch.
    struct LanguageLink {
        let code: String
        let name: String
        let href: String
    }

    /// The `lang` attribute of the document.
    let language: String
    /// The document title; it starts with what is specific to the page.
    let title: String
    /// The name in the header (the survey's title, or the office area's).
    let siteTitle: String
    let languageLinks: [LanguageLink]
    /// Whether to load the live show/hide script.
    var script = false
    /// A script of the page's own beside it (the designer's), loaded deferred like it.
    var pageScript: String? = nil
    /// The wording of the skip link and the switch's label.
    let ui: UILanguage
    /// A template's hole at the start of the title, for a prefix that differs per use (see ``FormPage``).
    var titleHole: Int? = nil
    /// Reloads the page after this many seconds without script (a progress page); nil never.
    var refreshSeconds: Int? = nil

    /// Writes the whole document with `main` as the page's own content.
    func render(main: (inout HTMLBuilder) -> Void) -> [UInt8] {
        document(main: main).bytes
    }

    /// The whole document as a template, with the holes `main` and ``titleHole`` leave.
    func template(main: (inout HTMLBuilder) -> Void) -> HTMLTemplate {
        document(main: main).template
    }

    private func document(main: (inout HTMLBuilder) -> Void) -> HTMLBuilder {
        var html = HTMLBuilder()
        html.doctype()
        html.element("html", [HTMLAttribute("lang", language)]) { html in
            html.element("head") { html in
                html.void("meta", [HTMLAttribute("charset", "utf-8")])
                html.void(
                    "meta",
                    [
                        HTMLAttribute("name", "viewport"),
                        HTMLAttribute("content", "width=device-width, initial-scale=1"),
                    ])
                if let refreshSeconds {
                    html.void(
                        "meta", [HTMLAttribute("http-equiv", "refresh"), HTMLAttribute("content", "\(refreshSeconds)")])
                }
                html.element("title") { html in
                    if let titleHole { html.hole(titleHole) }
                    html.text(title)
                }
                html.void("link", [HTMLAttribute("rel", "stylesheet"), HTMLAttribute("href", "/assets/form.css")])
                if script {
                    html.element("script", [HTMLAttribute("src", "/assets/form.js"), .flag("defer", true)])
                }
                if let pageScript {
                    html.element("script", [HTMLAttribute("src", pageScript), .flag("defer", true)])
                }
            }
            html.newline()
            html.element("body") { html in
                html.element(
                    "a", [HTMLAttribute("class", "skip"), HTMLAttribute("href", "#main")],
                    text: Phrase.skipToContent.text(ui))
                html.element("header", [HTMLAttribute("class", "site")]) { html in
                    html.element("div", [HTMLAttribute("class", "inner")]) { html in
                        html.element("p", [HTMLAttribute("class", "title")], text: siteTitle)
                        languageSwitch(into: &html)
                    }
                }
                html.newline()
                html.element("main", [HTMLAttribute("id", "main"), HTMLAttribute("tabindex", "-1")]) { html in
                    main(&html)
                }
                html.newline()
            }
        }
        html.newline()
        return html
    }

    private func languageSwitch(into html: inout HTMLBuilder) {
        let others = languageLinks.filter { $0.code != language }
        guard !others.isEmpty else { return }
        html.element(
            "nav", [HTMLAttribute("class", "languages"), HTMLAttribute("aria-label", Phrase.language.text(ui))]
        ) {
            html in
            html.element("ul") { html in
                for link in others {
                    html.element("li") { html in
                        html.element(
                            "a",
                            [
                                HTMLAttribute("href", link.href), HTMLAttribute("lang", link.code),
                                HTMLAttribute("hreflang", link.code),
                            ],
                            text: link.name)
                    }
                }
            }
        }
    }

    /// The name of a language in that language, for the switch.
    static func nativeName(of code: String) -> String {
        switch code.lowercased().prefix(2) {
        case "de": "Deutsch"
        case "en": "English"
        case "fr": "Français"
        case "tr": "Türkçe"
        case "pl": "Polski"
        case "uk": "Українська"
        case "ru": "Русский"
        case "ar": "العربية"
        default: code
        }
    }
}
