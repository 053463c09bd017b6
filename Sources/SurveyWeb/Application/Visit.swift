import CryptoPrimitives
import HTTPServer
import SurveyModel
import SurveyStore

/// One request of a respondent to one survey: the survey, the access grant and the language.
struct Visit: Sendable {
    let entry: SurveyEntry
    let grant: Grant
    /// The anti-forgery token of the grant's signed cookie value, derived once per value (``VerifiedGrants``).
    let csrf: String
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
    func hiddenFields() -> HiddenFields {
        HiddenFields(csrf: csrf, formKey: WebServices.newFormKey())
    }

    /// Whether a posted anti-forgery token is the session's, compared in constant time.
    func acceptsCSRF(_ token: String?) -> Bool {
        guard let token else { return false }
        return ConstantTime.equals(Array(token.utf8), Array(csrf.utf8))
    }

    /// Adds the visit's cookies to a response.
    func finish(_ response: HTTPResponse) -> HTTPResponse {
        var response = response
        for cookie in cookies { response.setCookie(cookie) }
        return response
    }
}
