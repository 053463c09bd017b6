import HTTPServer
import SurveyModel
import SurveyStore

/// One request of a respondent to one survey: the survey, the access grant and the language.
struct Visit: Sendable {
    let entry: SurveyEntry
    let grant: Grant
    /// The signed cookie value; the anti-forgery token is derived from it.
    let session: String
    let context: RenderContext
    /// The participant's field values, for expressions.
    let participant: [String: String]
    /// Cookies to set with the response (a new grant, a language choice).
    var cookies: [SetCookie] = []
    /// The path of the request, for the language switch.
    let path: String

    var survey: Survey { entry.survey }
    var language: String { context.language }
    var base: String { "/s/\(survey.id)" }

    /// The language switch: one link per language of the survey.
    var languageLinks: [PageLayout.LanguageLink] {
        survey.languages.map {
            PageLayout.LanguageLink(code: $0, name: PageLayout.nativeName(of: $0), href: "\(path)?lang=\($0)")
        }
    }

    /// The control fields of a fresh form.
    func hiddenFields(signer: CookieSigner) -> HiddenFields {
        HiddenFields(csrf: signer.csrfToken(for: session), formKey: WebServices.newFormKey())
    }

    /// Adds the visit's cookies to a response.
    func finish(_ response: HTTPResponse) -> HTTPResponse {
        var response = response
        for cookie in cookies { response.setCookie(cookie) }
        return response
    }
}
