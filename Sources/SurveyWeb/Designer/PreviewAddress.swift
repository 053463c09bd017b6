import HTTPServer
import Markup
import SurveyModel

/// What the designer's preview reads from its address and writes into its links and forms:
/// `?page=N&lang=de`, then the answers typed so far under the respondents' field names.
///
/// The preview stores nothing, so the answers travel with every request: as fields of the page's
/// form (sent with GET) and in the links of the page list. A question may itself be called `page`
/// or `lang`; the first field of each name is the control, since every address written here puts
/// the controls first, and the fields after them are answers.
struct PreviewAddress: Sendable {
    let surveyID: String
    /// The page's number among all pages, from 1.
    var page: Int
    /// The survey language asked for; the page falls back to the default for one the survey lacks.
    var language: String?
    /// The button pressed on the form: `next`, `back` or `save`; nil for a link.
    var action: String?
    /// The answers, as the form posted them.
    var answers: URLEncodedForm

    /// Reads a request's query; a missing or unreadable page number is the first page.
    init(surveyID: String, query: URLEncodedForm) {
        self.surveyID = surveyID
        var rest: [(name: String, value: String)] = []
        var page: Int?
        var language: String?
        var action: String?
        for field in query.fields {
            switch field.name {
            case "page" where page == nil: page = Int(field.value) ?? 1
            case "lang" where language == nil: language = field.value
            case "_action" where action == nil: action = field.value
            default: rest.append(field)
            }
        }
        self.page = page ?? 1
        self.language = language
        self.action = action
        answers = URLEncodedForm(fields: rest)
    }

    /// The preview of page `number` in `language` with `values`, as a link.
    static func href(surveyID: String, page number: Int, language: String, values: FormValues) -> String {
        var query = "page=\(number)&lang=\(URLEncodedForm.encode(language))"
        for (name, values) in values.fields.sorted(by: { $0.key < $1.key }) {
            for value in values { query += "&\(URLEncodedForm.encode(name))=\(URLEncodedForm.encode(value))" }
        }
        return "/admin/designer/\(surveyID)/preview?" + query
    }
}

/// The fields the preview's form carries besides the page's own questions: page number, language and
/// the answers of the other pages, so that skip logic sees them on the next page.
struct PreviewControls: FormControls {
    let page: Int
    let language: String
    let carried: [(name: String, value: String)]

    /// The controls of `page`, carrying every value in `values` that is not a field of the page's questions.
    init(page number: Int, of page: Page, language: String, values: FormValues) {
        self.page = number
        self.language = language
        let own = Set(page.questions.flatMap(FieldName.all(of:)))
        carried = values.fields.sorted { $0.key < $1.key }.filter { !own.contains($0.key) }.flatMap { name, values in
            values.map { (name: name, value: $0) }
        }
    }

    func render(into html: inout HTMLBuilder) {
        hidden("page", String(page), into: &html)
        hidden("lang", language, into: &html)
        for field in carried { hidden(field.name, field.value, into: &html) }
    }

    private func hidden(_ name: String, _ value: String, into html: inout HTMLBuilder) {
        html.void(
            "input", [HTMLAttribute("type", "hidden"), HTMLAttribute("name", name), HTMLAttribute("value", value)])
    }
}
