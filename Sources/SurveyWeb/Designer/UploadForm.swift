import Markup

/// The form that uploads a definition as a JSON file, for a new survey or to replace one.
struct UploadForm {
    let ui: UILanguage
    let action: String
    let csrf: String
    /// The largest file accepted, in bytes.
    let limit: Int
    var errors: [String] = []
    /// The version the replaced file is at, for the lock; nil for a new survey.
    var version: String?

    func render(into html: inout HTMLBuilder) {
        let id = action.contains("/new/") ? "upload-new-file" : "upload-file"
        HiddenFields.postForm(
            to: action, csrf: csrf, attributes: [HTMLAttribute("enctype", "multipart/form-data")], into: &html
        ) { html in
            if let version {
                html.void(
                    "input",
                    [
                        HTMLAttribute("type", "hidden"), HTMLAttribute("name", DesignerForm.versionField),
                        HTMLAttribute("value", version),
                    ])
            }
            html.element("div", [HTMLAttribute("class", errors.isEmpty ? "field" : "field has-error")]) { html in
                html.element("label", [HTMLAttribute("for", id)], text: VersionsPhrase.uploadFile.text(ui))
                html.element(
                    "p", [HTMLAttribute("class", "help"), HTMLAttribute("id", id + "-help")],
                    text: VersionsPhrase.uploadHelp(limit / 1024).text(ui))
                if !errors.isEmpty {
                    html.element("ul", [HTMLAttribute("class", "error"), HTMLAttribute("id", id + "-error")]) { html in
                        for error in errors { html.element("li", text: error) }
                    }
                }
                html.void(
                    "input",
                    [
                        HTMLAttribute("type", "file"), HTMLAttribute("id", id), HTMLAttribute("name", "file"),
                        HTMLAttribute("accept", ".json,application/json"), HTMLAttribute("required", ""),
                        HTMLAttribute(
                            "aria-describedby", errors.isEmpty ? id + "-help" : id + "-help " + id + "-error"),
                        HTMLAttribute("aria-invalid", errors.isEmpty ? nil : "true"),
                    ])
            }
            html.element("button", [HTMLAttribute("type", "submit")], text: VersionsPhrase.uploadButton.text(ui))
        }
    }
}
