/// What the setup link says once it has done its job, in German and English.
enum SetupPhrase: Sendable {
    case passwordSaved, linkUsedTitle, linkUsed

    /// The phrase in `language`.
    func text(_ language: UILanguage) -> String {
        let (german, english) = pair
        return language == .de ? german : english
    }

    private var pair: (String, String) {
        switch self {
        case .passwordSaved:
            (
                "Das Passwort ist gespeichert, und Sie sind angemeldet. Künftig melden Sie sich mit diesem Passwort an.",
                "The password has been saved and you are signed in. From now on, sign in with this password."
            )
        case .linkUsedTitle: ("Einrichtungslink bereits verwendet", "Setup link already used")
        case .linkUsed:
            (
                "Dieser Einrichtungslink wurde bereits verwendet: Das Passwort für die Verwaltung ist festgelegt, und der Link gilt nur einmal. Bitte melden Sie sich mit dem Passwort an. Wenn es niemand mehr weiß, legen Sie mit „survey admin set-password“ ein neues fest.",
                "This setup link has already been used: the administration password is set, and the link works only once. Please sign in with the password. If nobody knows it any more, set a new one with “survey admin set-password”."
            )
        }
    }
}
