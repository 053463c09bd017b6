/// What an invitation link says once it has done its job, in German and English.
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
        case .linkUsedTitle: ("Einladungslink nicht mehr gültig", "Invitation link no longer valid")
        case .linkUsed:
            (
                "Dieser Einladungslink gilt nicht mehr: Er wurde bereits verwendet, ist nach sieben Tagen abgelaufen oder wurde durch einen neuen ersetzt. Wenn Sie Ihr Passwort schon festgelegt haben, melden Sie sich damit an. Sonst bitten Sie die Verwaltung um einen neuen Link („survey users reset“).",
                "This invitation link is no longer valid: it has been used, has expired after seven days, or has been replaced by a new one. If you have set your password already, sign in with it. Otherwise ask the administration for a new link (“survey users reset”)."
            )
        }
    }
}
