/// The wording of a response's revision history and its link to the participant, in German and English.
///
/// Kept apart from ``Phrase`` because the log's own words (`draft`, `submit`,
/// `void`) must never reach the page: each has its translation here.
enum HistoryPhrase: Sendable {
    case drafts(Int)
    case submitted, voided
    case school, noSchool, participantEntry

    /// The phrase in `language`.
    func text(_ language: UILanguage) -> String {
        let (german, english) = pair
        return language == .de ? german : english
    }

    private var pair: (String, String) {
        switch self {
        case .drafts(let count):
            count == 1 ? ("Entwurf", "Draft") : ("\(count) Entwürfe", "\(count) drafts")
        case .submitted: ("Abgeschickt", "Submitted")
        case .voided: ("Ungültig gemacht", "Voided")
        case .school: ("Teilnehmende Stelle", "Participant")
        case .noSchool: ("ohne persönlichen Link (öffentliche Befragung)", "without a personal link (public survey)")
        case .participantEntry: ("Eintrag in der Liste der Teilnehmenden", "Entry in the list of participants")
        }
    }
}
