/// What the sign-in form and the invitation page say about personal accounts, in German and English.
enum AccountPhrase: Sendable {
    case email, wrongCredentials
    /// The invitation page's introduction, naming whose account it is.
    case invitationIntro(name: String, email: String)

    /// The phrase in `language`.
    func text(_ language: UILanguage) -> String {
        let (german, english) = pair
        return language == .de ? german : english
    }

    private var pair: (String, String) {
        switch self {
        case .email: ("E-Mail-Adresse", "E-mail address")
        case .wrongCredentials:
            (
                "E-Mail-Adresse oder Passwort sind nicht richtig.",
                "The e-mail address or the password is not correct."
            )
        case .invitationIntro(let name, let email):
            (
                "Legen Sie das Passwort für das Konto „\(name)“ (\(email)) fest. Es muss mindestens 12 Zeichen lang sein und darf kein gängiges Passwort sein; gut geeignet sind mehrere Wörter, die nichts miteinander zu tun haben. Der Link gilt nur einmal.",
                "Choose the password for the account “\(name)” (\(email)). It must be at least 12 characters long and must not be a common password; several unrelated words make a good one. The link works only once."
            )
        }
    }
}
