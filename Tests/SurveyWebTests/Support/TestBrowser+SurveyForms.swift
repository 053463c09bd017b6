import HTTPServerTesting

extension TestBrowser {
    /// The hidden fields every form of the web application carries: the CSRF
    /// token and the form key that makes a double submit harmless.
    static let surveyFormFields = ["_csrf", "_form"]

    /// The `_csrf` and `_form` fields of a page, to post back with a form.
    static func hiddenFields(_ html: String) -> [(String, String)] {
        hiddenFields(named: surveyFormFields, in: html)
    }
}
