import HTTPServer
import SurveyModel

/// The language a request asks for: `?lang=` first, then the `lang` cookie, then the survey's default.
struct LanguageChoice {
    static let cookieName = "lang"

    /// The language named in the query, if any.
    let asked: String?
    /// The language remembered in the cookie, if any.
    let remembered: String?

    /// Reads the query and the cookies once.
    init(_ request: HTTPRequest, cookies: [String: String]? = nil) {
        asked = request.query == nil ? nil : (try? request.queryItems())?["lang"]
        remembered = (cookies ?? request.cookies)[Self.cookieName]
    }

    /// The survey language for this request.
    func language(for survey: Survey) -> String {
        if let asked, survey.languages.contains(asked) { return asked }
        if let remembered, survey.languages.contains(remembered) { return remembered }
        return survey.defaultLanguage
    }

    /// The wording language when no survey is involved (code entry, office area).
    var ui: UILanguage { UILanguage(code: asked ?? remembered ?? "de") }

    /// The survey language asked for with `?lang=`, if the survey has it.
    func askedLanguage(of survey: Survey) -> String? {
        asked.flatMap { survey.languages.contains($0) ? $0 : nil }
    }

    /// The cookie that remembers a language chosen with `?lang=`.
    func cookie(for survey: Survey, secure: Bool) -> SetCookie? {
        asked.flatMap { Self.cookie(remembering: $0, for: survey, secure: secure) }
    }

    /// The cookie that remembers `language`, if it is one of the survey's languages.
    static func cookie(remembering language: String, for survey: Survey, secure: Bool) -> SetCookie? {
        guard survey.languages.contains(language),
            // Language codes are letters, digits and hyphens; nothing else may reach a cookie value.
            language.unicodeScalars.allSatisfy({
                $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-")
            })
        else { return nil }
        return SetCookie(
            name: cookieName, value: language, maxAge: 365 * 24 * 3600, secure: secure, sameSite: .lax)
    }

    /// The survey language for a request (parses the request).
    static func language(_ request: HTTPRequest, survey: Survey) -> String {
        LanguageChoice(request).language(for: survey)
    }

    /// The wording language for a request (parses the request).
    static func ui(_ request: HTTPRequest) -> UILanguage {
        LanguageChoice(request).ui
    }
}
