import Foundation
import Markup
import StrictJSON
import SurveyEvaluation
import SurveyModel

/// A survey's editing overview: its settings, then every page with its questions, each question with its
/// type, id, title, badges for what it requires and when it is shown, and its conditions in full.
///
/// Each page and question carries the anchor of its path (``DesignerField/id(of:)``), where its editor
/// will open and where a message about it will point. Each page is one form with the buttons that
/// change the structure (``DesignerOverviewControls``), built on the file's `version`.
struct DesignerOverviewPage {
    let ui: UILanguage
    let survey: Survey
    /// The SHA-256 of the file the survey was read from, for the structure forms.
    let version: String
    let csrf: String

    private var controls: DesignerOverviewControls {
        DesignerOverviewControls(ui: ui, survey: survey, version: version, csrf: csrf)
    }

    private var language: String { ui.rawValue }

    func render(into html: inout HTMLBuilder) {
        let base = "/admin/designer/\(survey.id)"
        html.element("ul", [HTMLAttribute("class", "page-links")]) { html in
            link(Phrase.preview.text(ui), DesignerPage.address(base + "/preview?page=1", ui: ui), into: &html)
            link(DesignerPhrase.download.text(ui), base + "/download", into: &html)
            link(Phrase.backToSurvey.text(ui), "/admin/s/\(survey.id)", into: &html)
        }
        html.element("h2", [HTMLAttribute("id", "settings")], text: DesignerPhrase.settings.text(ui))
        renderSettings(into: &html)
        html.element("p") { html in
            html.element(
                "a", [HTMLAttribute("href", DesignerPage.address(base + "/settings", ui: ui))],
                text: SettingsPhrase.editSettings.text(ui))
        }
        html.element("h2", [HTMLAttribute("id", "pages")], text: DesignerPhrase.pagesAndQuestions.text(ui))
        for (index, page) in survey.pages.enumerated() {
            renderPage(
                page, path: DefinitionPath.root.appending("pages").appending(index), number: index + 1, into: &html)
        }
        controls.renderAddPage(into: &html)
    }

    private func link(_ text: String, _ href: String, into html: inout HTMLBuilder) {
        html.element("li") { html in html.element("a", [HTMLAttribute("href", href)], text: text) }
    }

    // MARK: Settings

    private func renderSettings(into html: inout HTMLBuilder) {
        html.element("dl", [HTMLAttribute("class", "settings")]) { html in
            entry(DesignerPhrase.surveyID, into: &html) { html in html.element("code", text: survey.id) }
            entry(DesignerPhrase.title, into: &html) { html in localized(survey.title, into: &html) }
            if let description = survey.description {
                entry(DesignerPhrase.description, into: &html) { html in localized(description, into: &html) }
            }
            entry(DesignerPhrase.languages, into: &html) { html in
                html.text(survey.languages.map(PageLayout.nativeName(of:)).joined(separator: ", "))
            }
            entry(DesignerPhrase.access, into: &html) { html in
                html.text((survey.access == .public ? DesignerPhrase.accessPublic : .accessToken).text(ui))
            }
            entry(DesignerPhrase.anonymous, into: &html) { html in
                html.text((survey.anonymous ? Phrase.yes : .no).text(ui))
            }
            entry(DesignerPhrase.opens, into: &html) { html in html.text(time(survey.opens)) }
            entry(DesignerPhrase.closes, into: &html) { html in html.text(time(survey.closes)) }
            entry(DesignerPhrase.timeZone, into: &html) { html in html.text(survey.timeZone.identifier) }
            entry(DesignerPhrase.participantFields, into: &html) { html in
                let fields = survey.participantFields.map { "\($0.label.text(in: language)) (\($0.id))" }
                html.text(fields.isEmpty ? "–" : fields.joined(separator: ", "))
            }
            entry(DesignerPhrase.minGroupSize, into: &html) { html in
                html.text(String(survey.report["minGroupSize"]?.int ?? EvaluationPlan.defaultMinGroupSize))
            }
            entry(DesignerPhrase.privacy, into: &html) { html in
                html.text((survey.privacy == nil ? DesignerPhrase.absent : .present).text(ui))
            }
        }
    }

    private func entry(_ term: DesignerPhrase, into html: inout HTMLBuilder, _ value: (inout HTMLBuilder) -> Void) {
        html.element("dt", text: term.text(ui))
        html.element("dd", [], value)
    }

    /// A text in each of the survey's languages, each marked with its language.
    private func localized(_ text: LocalizedText, into html: inout HTMLBuilder) {
        guard survey.languages.count > 1, !text.isPlain else { return html.text(text.text(in: language)) }
        html.element("ul", [HTMLAttribute("class", "localized-values")]) { html in
            for code in survey.languages {
                html.element("li") { html in
                    html.text(PageLayout.nativeName(of: code) + ": ")
                    html.element("span", [HTMLAttribute("lang", code)], text: text.text(in: code))
                }
            }
        }
    }

    private func time(_ date: Date?) -> String {
        date.map { ReceiptFormat.time($0, timeZone: survey.timeZone, ui: ui) } ?? DesignerPhrase.notSet.text(ui)
    }

    // MARK: Pages and questions

    private func renderPage(_ page: Page, path: DefinitionPath, number: Int, into html: inout HTMLBuilder) {
        let headingID = DesignerField.id(of: path) + "-heading"
        html.element(
            "section",
            [
                HTMLAttribute("class", "designer-page"), HTMLAttribute("id", DesignerField.id(of: path)),
                HTMLAttribute("aria-labelledby", headingID),
            ]
        ) { html in
            controls.pageForm(number - 1, into: &html) { html in
                renderPageContent(page, path: path, number: number, headingID: headingID, into: &html)
            }
        }
    }

    private func renderPageContent(
        _ page: Page, path: DefinitionPath, number: Int, headingID: String, into html: inout HTMLBuilder
    ) {
        html.element(
            "h3", [HTMLAttribute("id", headingID)],
            text: DesignerPhrase.page(number, page.title.text(in: language)).text(ui))
        controls.renderPageControls(number - 1, into: &html)
        html.element("p", [HTMLAttribute("class", "meta")]) { html in
            html.text("\(DesignerPhrase.questionID.text(ui)) ")
            html.element("code", text: page.id)
            html.text(" · " + DesignerPhrase.questionCount(page.questions.count).text(ui))
        }
        if let condition = page.visibleIf { renderCondition(DesignerPhrase.shownOnlyIf, condition, into: &html) }
        if page.questions.isEmpty {
            html.element("p", text: DesignerPhrase.noQuestions.text(ui))
        } else {
            html.element("ol", [HTMLAttribute("class", "question-list")]) { html in
                for (index, question) in page.questions.enumerated() {
                    renderQuestion(question, path: path.appending("questions").appending(index), into: &html)
                }
            }
        }
        controls.renderAddQuestion(number - 1, into: &html)
    }

    private func renderQuestion(_ question: Question, path: DefinitionPath, into html: inout HTMLBuilder) {
        html.element(
            "li", [HTMLAttribute("id", DesignerField.id(of: path)), HTMLAttribute("class", "question-summary")]
        ) {
            html in
            let words = question.kind.typeName.words
            html.element("h4", text: question.title.map { $0.text(in: language) } ?? question.id)
            html.element("p", [HTMLAttribute("class", "meta")]) { html in
                html.element("span", [HTMLAttribute("class", "badge type")]) { html in
                    html.element(
                        "span", [HTMLAttribute("class", "visually-hidden")],
                        text: DesignerPhrase.questionType.text(ui) + ": ")
                    html.text(ui == .de ? words.de : words.en)
                }
                html.text(" \(DesignerPhrase.questionID.text(ui)) ")
                html.element("code", text: question.id)
                for badge in badges(question) {
                    html.text(" ")
                    html.element("span", [HTMLAttribute("class", "badge")], text: badge)
                }
            }
            if case .when(let condition) = question.requirement {
                renderCondition(DesignerPhrase.requiredIfBadge, condition, into: &html)
            }
            if let condition = question.visibleIf {
                renderCondition(DesignerPhrase.shownOnlyIf, condition, into: &html)
            }
            if case .index(let index)? = path.components.last, case .index(let page)? = path.components.dropLast(2).last
            {
                controls.renderQuestionControls(QuestionAddress(page: page, index: index), id: question.id, into: &html)
            }
        }
    }

    /// The short marks of a question: required (always or conditionally), shown conditionally, personal, rules.
    private func badges(_ question: Question) -> [String] {
        var badges: [String] = []
        switch question.requirement {
        case .always: badges.append(DesignerPhrase.requiredBadge.text(ui))
        case .when: badges.append(DesignerPhrase.requiredIfBadge.text(ui) + " …")
        case .optional: break
        }
        if question.visibleIf != nil { badges.append(DesignerPhrase.shownOnlyIf.text(ui) + " …") }
        if question.personal { badges.append(DesignerPhrase.personalBadge.text(ui)) }
        if !question.rules.isEmpty { badges.append(DesignerPhrase.rules(question.rules.count).text(ui)) }
        return badges
    }

    /// A condition as written, and in words as the report says it.
    private func renderCondition(
        _ lead: DesignerPhrase, _ condition: SurveyModel.Expression, into html: inout HTMLBuilder
    ) {
        html.element("p", [HTMLAttribute("class", "condition-source")]) { html in
            html.text(lead.text(ui) + ": ")
            html.element("code", text: condition.source)
            html.void("br", [])
            html.element(
                "span", [HTMLAttribute("class", "hint")],
                text: ConditionDescriber(survey: survey, language: language).describe(condition))
        }
    }
}
