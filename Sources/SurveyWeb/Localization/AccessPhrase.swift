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
                "Sie sind angemeldet, aber Ihre Rolle berechtigt nicht zu dieser Seite. Wenn Sie sie benötigen, wenden Sie sich bitte an die Administration Ihres Amtes.",
                "You are signed in, but your role does not give access to this page. If you need it, please ask your office’s administrator."
            )
        }
    }
}
