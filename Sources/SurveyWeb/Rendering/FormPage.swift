import Markup
import SurveyModel

/// One page of the questionnaire with progress, error summary and navigation.
struct FormPage {
    let context: RenderContext
    let page: Page
    /// Position among the pages currently visible, from 1.
    let position: Int
    /// How many pages the participant will see; nil while answers still to be given can change it.
    let pageCount: Int?
    let values: FormValues
    /// Messages by question id.
    let errors: [String: [String]]
    /// How each question appears; a question missing here is shown.
    let presence: [String: QuestionPresence]
    /// The control fields: a respondent's anti-forgery token and form key, or what a preview carries.
    let hidden: any FormControls
    let action: String
    /// Where the script asks which questions are visible; nil in the printable form.
    let visibilityURL: String?
    /// A notice above the form (saved, preview).
    let notice: String?
    let layoutLinks: [PageLayout.LanguageLink]
    let isLast: Bool
    /// How the form is sent: `post` for respondents; the designer's preview sends `get`, as it stores nothing.
    /// A page with another method is never cached, since it is always rendered with a `leading` page list.
    var method = "post"

    /// Questions with errors, in page order.
    private var invalidQuestions: [Question] {
        page.questions.filter { !(errors[$0.id] ?? []).isEmpty && presence[$0.id] != .hidden }
    }

    /// The page's bytes. With `cache`, the frame and every question without errors come from templates kept
    /// for the definition and only the answers, errors, notice and control fields are written per request;
    /// the bytes are the same either way. `leading` writes what goes first in the main region (the office
    /// preview's page list); a page with it is never taken from or put in the cache.
    func render(cache: FormTemplates.Versioned? = nil, leading: ((inout HTMLBuilder) -> Void)? = nil) -> [UInt8] {
        let invalid = invalidQuestions
        let kept = leading == nil ? cache?.page(frameKey, make: pageTemplate) : nil
        var html = HTMLBuilder()
        let frame = kept?.frame ?? frameTemplate(leading: leading)
        html.append(frame) { hole, html in
            switch FrameHole(hole) {
            case .titlePrefix:
                if !invalid.isEmpty { html.text("\(context.phrase(.errorSummary(count: invalid.count))): ") }
            case .notice:
                if let notice {
                    html.element(
                        "p", [HTMLAttribute("class", "notice"), HTMLAttribute("role", "status")], text: notice)
                }
            case .errorSummary:
                if !invalid.isEmpty {
                    ErrorSummary(context: context, questions: invalid, errors: errors).render(into: &html)
                }
            case .hiddenFields:
                hidden.render(into: &html)
            case .question(let index):
                // A frame is kept per page of one definition, so the index is always the page's own.
                if page.questions.indices.contains(index) {
                    renderQuestion(at: index, kept: kept, into: &html)
                }
            }
        }
        return html.bytes
    }

    /// What the frame depends on besides the definition, which the cache keys separately.
    private var frameKey: FormTemplates.FrameKey {
        FormTemplates.FrameKey(
            language: context.language, pageID: page.id, position: position, pageCount: pageCount, isLast: isLast,
            action: action, visibilityURL: visibilityURL, links: layoutLinks.flatMap { [$0.code, $0.name, $0.href] })
    }

    /// One question as its presence says: left out, from its template, or written in full when it has errors
    /// or no template is kept.
    private func renderQuestion(at index: Int, kept: FormTemplates.PageTemplate?, into html: inout HTMLBuilder) {
        // The question is read by index, not copied, on the common path.
        let id = page.questions[index].id
        let presence = presence[id] ?? .shown
        guard presence != .hidden else { return }
        let messages = errors[id] ?? []
        guard let kept, messages.isEmpty, kept.questions.indices.contains(index) else {
            return QuestionRenderer(
                context: context, question: page.questions[index], values: values, errors: messages,
                conditional: presence == .conditional
            ).render(into: &html)
        }
        let question = presence == .conditional ? kept.questions[index].conditional : kept.questions[index].shown
        html.append(question.template) { hole, html in question.holes[hole].write(values, into: &html) }
    }

    /// The page's frame and its questions without errors, with holes for everything that differs per respondent.
    private func pageTemplate() -> FormTemplates.PageTemplate {
        FormTemplates.PageTemplate(
            frame: frameTemplate(),
            questions: page.questions.map { question in
                (
                    shown: questionTemplate(question, conditional: false),
                    conditional: questionTemplate(question, conditional: true)
                )
            })
    }

    private func questionTemplate(_ question: Question, conditional: Bool) -> FormTemplates.QuestionTemplate {
        let recorder = AnswerHoleRecorder()
        var template = HTMLBuilder(capacity: 1_024)
        var renderer = QuestionRenderer(
            context: context, question: question, values: FormValues(), errors: [], conditional: conditional)
        renderer.recorder = recorder
        renderer.render(into: &template)
        return FormTemplates.QuestionTemplate(template: template.template, holes: recorder.holes)
    }

    /// The holes of a page's frame.
    private enum FrameHole {
        /// „Bitte korrigieren Sie 2 Angaben: “ before the title.
        case titlePrefix
        case notice
        case errorSummary
        case hiddenFields
        /// The page's question with this index.
        case question(Int)

        /// Hole numbers: the four fixed ones, then one per question.
        var number: Int {
            switch self {
            case .titlePrefix: 0
            case .notice: 1
            case .errorSummary: 2
            case .hiddenFields: 3
            case .question(let index): 4 + index
            }
        }

        init(_ number: Int) {
            switch number {
            case 0: self = .titlePrefix
            case 1: self = .notice
            case 2: self = .errorSummary
            case 3: self = .hiddenFields
            default: self = .question(number - 4)
            }
        }
    }

    /// The page without anything that differs between respondents: holes for title prefix, notice, error
    /// summary, control fields and each question.
    private func frameTemplate(leading: ((inout HTMLBuilder) -> Void)? = nil) -> HTMLTemplate {
        let pageTitle = context.text(page.title)
        let progress = context.phrase(
            pageCount.map { .progress(page: position, of: $0) } ?? .progressWithoutTotal(page: position))
        let title = "\(pageTitle) – \(progress) – \(context.text(context.survey.title))"
        let layout = PageLayout(
            language: context.language, title: title, siteTitle: context.text(context.survey.title),
            languageLinks: layoutLinks, script: visibilityURL != nil, ui: context.ui,
            titleHole: FrameHole.titlePrefix.number)
        return layout.template { html in
            leading?(&html)
            html.element("p", [HTMLAttribute("class", "progress")], text: progress)
            html.element("h1", text: pageTitle)
            if let description = page.description {
                html.element("p", text: context.text(description))
            }
            html.hole(FrameHole.notice.number)
            html.hole(FrameHole.errorSummary.number)
            if page.questions.contains(where: { if case .always = $0.requirement { true } else { false } }) {
                html.element("p", [HTMLAttribute("class", "hint")], text: context.phrase(.requiredExplained))
            }
            html.element(
                "form",
                [
                    HTMLAttribute("method", method), HTMLAttribute("action", action), .flag("novalidate", true),
                    HTMLAttribute("data-visibility", visibilityURL),
                ]
            ) { html in
                html.hole(FrameHole.hiddenFields.number)
                html.newline()
                for index in page.questions.indices {
                    html.hole(FrameHole.question(index).number)
                }
                html.element("div", [HTMLAttribute("class", "actions")]) { html in
                    html.element(
                        "button",
                        [
                            HTMLAttribute("type", "submit"), HTMLAttribute("class", "primary"),
                            HTMLAttribute("name", "_action"), HTMLAttribute("value", "next"),
                        ],
                        text: context.phrase(isLast ? .review : .next))
                    html.element(
                        "button",
                        [
                            HTMLAttribute("type", "submit"), HTMLAttribute("name", "_action"),
                            HTMLAttribute("value", "save"),
                        ],
                        text: context.phrase(.saveForLater))
                    if position > 1 {
                        html.element(
                            "button",
                            [
                                HTMLAttribute("type", "submit"), HTMLAttribute("name", "_action"),
                                HTMLAttribute("value", "back"),
                            ],
                            text: context.phrase(.back))
                    }
                }
            }
        }
    }
}
