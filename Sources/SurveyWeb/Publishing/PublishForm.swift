import Markup
import SurveyModel
import SurveyStore

/// The form „Bericht veröffentlichen“ below the office's choice of filter and breakdown.
///
/// It posts the choice the report page shows (filter, breakdown, report
/// language) with a title and the audience; the committee's accounts are
/// listed to choose from. Without script: plain radio buttons and checkboxes.
struct PublishForm {
    let choice: ReportChoice
    /// The report's language, as the page shows it.
    let language: String
    let csrf: String
    /// The active committee members' accounts.
    let members: [Account]
    /// Why an earlier attempt was refused, shown above the form.
    var error: String?

    func render(into html: inout HTMLBuilder) {
        let ui = choice.ui
        let action = "/admin/s/\(choice.survey.id)/publish?lang=\(ui.rawValue)"
        html.element("section", [HTMLAttribute("aria-labelledby", "publish-heading")]) { html in
            html.element("h2", [HTMLAttribute("id", "publish-heading")], text: PublishPhrase.publishHeading.text(ui))
            html.element("p", [HTMLAttribute("class", "help")], text: PublishPhrase.publishIntro.text(ui))
            if let error {
                html.element("p", [HTMLAttribute("class", "error"), HTMLAttribute("id", "e-publish")], text: error)
            }
            html.element("form", [HTMLAttribute("method", "post"), HTMLAttribute("action", action)]) { html in
                hidden("_csrf", csrf, into: &html)
                hidden("filter", choice.filter ?? "", into: &html)
                hidden("by", choice.by ?? "", into: &html)
                hidden("language", language, into: &html)
                html.element("div", [HTMLAttribute("class", "question")]) { html in
                    html.element(
                        "label", [HTMLAttribute("for", "publish-title")], text: PublishPhrase.reportTitle.text(ui))
                    html.element(
                        "p", [HTMLAttribute("class", "help"), HTMLAttribute("id", "publish-title-help")],
                        text: PublishPhrase.reportTitleHint.text(ui))
                    html.void(
                        "input",
                        [
                            HTMLAttribute("type", "text"), HTMLAttribute("id", "publish-title"),
                            HTMLAttribute("name", "title"), HTMLAttribute("maxlength", "200"),
                            HTMLAttribute("required", ""),
                            HTMLAttribute(
                                "aria-describedby", error == nil ? "publish-title-help" : "publish-title-help e-publish"
                            ),
                        ])
                }
                audience(ui, into: &html)
                html.element("div", [HTMLAttribute("class", "actions")]) { html in
                    html.element(
                        "button", [HTMLAttribute("type", "submit"), HTMLAttribute("class", "primary")],
                        text: PublishPhrase.publish.text(ui))
                }
            }
        }
    }

    private func audience(_ ui: UILanguage, into html: inout HTMLBuilder) {
        html.element("fieldset", [HTMLAttribute("class", "question")]) { html in
            html.element("legend", text: PublishPhrase.audience.text(ui))
            option("committee", id: "audience-all", checked: true, PublishPhrase.allCommittee.text(ui), into: &html)
            guard !members.isEmpty else {
                html.element("p", [HTMLAttribute("class", "help")], text: PublishPhrase.noCommitteeMembers.text(ui))
                return
            }
            option("members", id: "audience-chosen", checked: false, PublishPhrase.chosenMembers.text(ui), into: &html)
            html.element("ul", [HTMLAttribute("class", "members")]) { html in
                for (index, member) in members.enumerated() {
                    html.element("li") { html in
                        html.void(
                            "input",
                            [
                                HTMLAttribute("type", "checkbox"), HTMLAttribute("id", "member-\(index)"),
                                HTMLAttribute("name", "member"), HTMLAttribute("value", member.id),
                            ])
                        html.text(" ")
                        html.element(
                            "label", [HTMLAttribute("for", "member-\(index)")], text: "\(member.name) (\(member.email))"
                        )
                    }
                }
            }
        }
    }

    private func option(
        _ value: String, id: String, checked: Bool, _ label: String, into html: inout HTMLBuilder
    ) {
        html.element("div") { html in
            html.void(
                "input",
                [
                    HTMLAttribute("type", "radio"), HTMLAttribute("id", id), HTMLAttribute("name", "audience"),
                    HTMLAttribute("value", value), HTMLAttribute("checked", checked ? "" : nil),
                ])
            html.text(" ")
            html.element("label", [HTMLAttribute("for", id)], text: label)
        }
    }

    private func hidden(_ name: String, _ value: String, into html: inout HTMLBuilder) {
        html.void(
            "input", [HTMLAttribute("type", "hidden"), HTMLAttribute("name", name), HTMLAttribute("value", value)])
    }
}
