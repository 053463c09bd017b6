/// What the office says to someone signed in whose role does not reach a page, in German and English.
enum AccessPhrase: Sendable {
    case forbiddenTitle, forbidden

    /// The phrase in `language`.
    func text(_ language: UILanguage) -> String {
        let (german, english) = pair
        return language == .de ? german : english
    }

    private var pair: (String, String) {
        switch self {
        case .forbiddenTitle: ("Kein Zugriff", "No access")
        case .forbidden:
            (
                "Sie sind angemeldet, doch Ihre Rolle berechtigt nicht zum Aufruf dieser Seite. Falls Sie sie benötigen, wenden Sie sich bitte an die Person, die in Ihrem Haus die Zugänge verwaltet.",
                "You are signed in, but your role does not allow you to open this page. If you need it, please ask whoever manages access in your office."
            )
        }
    }
}
