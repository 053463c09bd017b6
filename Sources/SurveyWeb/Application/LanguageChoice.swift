import HTTPServer
import SurveyModel

/// The language a request asks for: `?lang=` first, then the `lang` cookie, then the survey's default.
enum LanguageChoice {
    static let cookieName = "lang"

    /// The survey language for this request.
    static func language(_ request: HTTPRequest, survey: Survey) -> String {
        if let asked = (try? request.queryItems())?["lang"], survey.languages.contains(asked) { return asked }
        if let remembered = request.cookies[cookieName], survey.languages.contains(remembered) { return remembered }
        return survey.defaultLanguage
    }

    /// The wording language when no survey is involved (code entry, office area).
    static func ui(_ request: HTTPRequest) -> UILanguage {
        let asked = (try? request.queryItems())?["lang"] ?? request.cookies[cookieName] ?? "de"
        return UILanguage(code: asked)
    }

    /// The cookie that remembers a language chosen with `?lang=`.
    static func cookie(_ request: HTTPRequest, survey: Survey, secure: Bool) -> SetCookie? {
        guard let asked = (try? request.queryItems())?["lang"], survey.languages.contains(asked),
            asked.utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: ";") && $0 != UInt8(ascii: ",") && $0 > 0x20 })
        else { return nil }
        return SetCookie(name: cookieName, value: asked, maxAge: 365 * 24 * 3600, secure: secure, sameSite: .lax)
    }
}
