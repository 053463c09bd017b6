import Markup
import SurveyModel

/// The buttons of the overview that change a survey's structure: per page move, delete and add a
/// question; per question edit, move, duplicate, move to another page and delete; at the end add a page.
///
/// Each page is one form that posts to the overview with the file's version; a button's value is the
/// edit (``DesignerAction``), a list beside it supplies its argument (`@type-0`). Buttons that show
/// only a sign (↑) carry the words of what they do for screen readers, naming the question or page.
struct DesignerOverviewControls {
    let ui: UILanguage
    let survey: Survey
    let version: String
    let csrf: String

    private var base: String { "/admin/designer/\(survey.id)" }
    private var language: String { ui.rawValue }

    /// A form around one page's content, posting to the overview.
    func pageForm(_ page: Int, into html: inout HTMLBuilder, _ content: (inout HTMLBuilder) -> Void) {
        HiddenFields.postForm(to: DesignerPage.address(base, ui: ui), csrf: csrf, into: &html) { html in
            versionField(into: &html)
            content(&html)
        }
    }

    private func versionField(into html: inout HTMLBuilder) {
        html.void(
            "input",
            [
                HTMLAttribute("type", "hidden"), HTMLAttribute("name", DesignerForm.versionField),
                HTMLAttribute("value", version),
            ])
    }

    private func pageTitle(_ page: Int) -> String {
        survey.pages.indices.contains(page) ? survey.pages[page].title.text(in: language) : String(page + 1)
    }

    func renderPageControls(_ page: Int, into html: inout HTMLBuilder) {
        let title = pageTitle(page)
        html.element("div", [HTMLAttribute("class", "structure")]) { html in
            html.element(
                "a", [HTMLAttribute("href", DesignerPage.address(base + "/pages/\(page + 1)", ui: ui))],
                text: SettingsPhrase.editPage.text(ui))
            if page > 0 {
                DesignerJSONForm.button(
                    .movePage(page, to: page - 1), visible: "↑", name: SettingsPhrase.movePageUp(title).text(ui),
                    into: &html)
            }
            if page < survey.pages.count - 1 {
                DesignerJSONForm.button(
                    .movePage(page, to: page + 1), visible: "↓", name: SettingsPhrase.movePageDown(title).text(ui),
                    into: &html)
            }
            if survey.pages.count > 1 {
                DesignerJSONForm.button(
                    .deletePage(page), visible: SettingsPhrase.deleteShort.text(ui),
                    name: SettingsPhrase.deletePage(title).text(ui), into: &html)
            }
        }
    }

    func renderQuestionControls(_ address: QuestionAddress, id: String, into html: inout HTMLBuilder) {
        let count = survey.pages.indices.contains(address.page) ? survey.pages[address.page].questions.count : 0
        html.element("div", [HTMLAttribute("class", "structure")]) { html in
            html.element(
                "a",
                [
                    HTMLAttribute(
                        "href",
                        DesignerPage.address(
                            DesignerController.questionAddress(survey: survey.id, question: id), ui: ui))
                ]
            ) {
                html in
                html.text(DesignerPhrase.edit.text(ui))
                html.element("span", [HTMLAttribute("class", "visually-hidden")], text: " „\(id)“")
            }
            if address.index > 0 {
                DesignerJSONForm.button(
                    .moveQuestion(address, to: address.index - 1), visible: "↑",
                    name: SettingsPhrase.moveUp(id).text(ui), into: &html)
            }
            if address.index < count - 1 {
                DesignerJSONForm.button(
                    .moveQuestion(address, to: address.index + 1), visible: "↓",
                    name: SettingsPhrase.moveDown(id).text(ui), into: &html)
            }
            DesignerJSONForm.button(
                .duplicateQuestion(address), visible: SettingsPhrase.duplicateShort.text(ui),
                name: SettingsPhrase.duplicate(id).text(ui), into: &html)
            if survey.pages.count > 1 { renderMoveToPage(address, id: id, into: &html) }
            if count > 1 {
                DesignerJSONForm.button(
                    .deleteQuestion(address), visible: SettingsPhrase.deleteShort.text(ui),
                    name: SettingsPhrase.delete(id).text(ui), into: &html)
            }
        }
    }

    /// A list of the other pages and a button that moves the question to the end of the one chosen.
    private func renderMoveToPage(_ address: QuestionAddress, id: String, into html: inout HTMLBuilder) {
        let field = "to-page-\(address.page)-\(address.index)"
        html.element("label", [HTMLAttribute("for", field), HTMLAttribute("class", "visually-hidden")]) { html in
            html.text(SettingsPhrase.targetPageFor(id).text(ui))
        }
        html.element("select", [HTMLAttribute("id", field), HTMLAttribute("name", field)]) { html in
            for page in survey.pages.indices where page != address.page {
                html.element(
                    "option", [HTMLAttribute("value", String(page))],
                    text: DesignerPhrase.page(page + 1, pageTitle(page)).text(ui))
            }
        }
        html.element(
            "button",
            [
                HTMLAttribute("type", "submit"), HTMLAttribute("name", DesignerForm.actionField),
                HTMLAttribute(
                    "value",
                    [
                        "move-question-to-page", String(address.page), String(address.index),
                        DesignerAction.fromField(field),
                    ]
                    .joined(separator: " ")),
                HTMLAttribute("class", "small"),
            ]
        ) { html in
            html.element("span", [HTMLAttribute("aria-hidden", "true")], text: SettingsPhrase.moveShort.text(ui))
            html.element(
                "span", [HTMLAttribute("class", "visually-hidden")], text: SettingsPhrase.moveToPage(id).text(ui))
        }
    }

    func renderAddQuestion(_ page: Int, into html: inout HTMLBuilder) {
        let title = pageTitle(page)
        let field = "type-\(page)"
        html.element("div", [HTMLAttribute("class", "structure add")]) { html in
            html.element("label", [HTMLAttribute("for", field)], text: SettingsPhrase.questionTypeFor(title).text(ui))
            html.element("select", [HTMLAttribute("id", field), HTMLAttribute("name", field)]) { html in
                for type in QuestionType.allCases {
                    html.element(
                        "option", [HTMLAttribute("value", type.rawValue)],
                        text: ui == .de ? type.words.de : type.words.en)
                }
            }
            html.element(
                "button",
                [
                    HTMLAttribute("type", "submit"), HTMLAttribute("name", DesignerForm.actionField),
                    HTMLAttribute("value", "add-question \(page) \(DesignerAction.fromField(field))"),
                    HTMLAttribute("class", "small"),
                ]
            ) { html in
                html.element("span", [HTMLAttribute("aria-hidden", "true")], text: SettingsPhrase.addQuestion.text(ui))
                html.element(
                    "span", [HTMLAttribute("class", "visually-hidden")],
                    text: SettingsPhrase.addQuestionTo(title).text(ui))
            }
        }
    }

    /// The form with the button that appends a page.
    func renderAddPage(into html: inout HTMLBuilder) {
        HiddenFields.postForm(to: DesignerPage.address(base, ui: ui), csrf: csrf, into: &html) { html in
            versionField(into: &html)
            html.element("div", [HTMLAttribute("class", "actions")]) { html in
                DesignerJSONForm.button(.addPage, visible: SettingsPhrase.addPage.text(ui), into: &html)
            }
        }
    }
}
