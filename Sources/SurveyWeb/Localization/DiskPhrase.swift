import SurveyCharts

/// What respondents and the office read while the responses' disk is below its reserve, in German and English.
enum DiskPhrase: Sendable {
    case tryLaterTitle, draftWaits, submissionWaits
    case officeWarning(freeMegabytes: Int, reserveMegabytes: Int)

    /// The phrase in `language`.
    func text(_ language: UILanguage) -> String {
        let (german, english) = pair
        return language == .de ? german : english
    }

    /// Megabytes with the thousands separator of each language: „58.732“, "58,732".
    private static func megabytes(_ value: Int) -> (String, String) {
        (
            NumberFormat(language: .german).decimal(Double(value), decimals: 0),
            NumberFormat(language: .english).decimal(Double(value), decimals: 0)
        )
    }

    private var pair: (String, String) {
        switch self {
        case .tryLaterTitle: ("Bitte versuchen Sie es später noch einmal", "Please try again later")
        case .draftWaits:
            (
                "Auf dem Server ist gerade kaum noch Speicherplatz frei, deshalb kann Ihr Zwischenstand nicht gespeichert werden. Bitte versuchen Sie es später noch einmal. Ihre Eingaben stehen noch im Formular; bereits abgesendete Antworten bleiben gültig.",
                "The server is short of storage space just now, so your draft cannot be saved. Please try again later. What you typed is still in the form; answers already submitted remain valid."
            )
        case .submissionWaits:
            (
                "Auf dem Server ist gerade kaum noch Speicherplatz frei, deshalb kann Ihre Antwort im Moment nicht angenommen werden. Bitte versuchen Sie es später noch einmal. Ihre bisher gespeicherten Angaben bleiben erhalten.",
                "The server is short of storage space just now, so your response cannot be accepted at the moment. Please try again later. What you have saved so far is kept."
            )
        case .officeWarning(let freeMegabytes, let reserveMegabytes):
            Self.officeWarning(free: Self.megabytes(freeMegabytes), reserve: Self.megabytes(reserveMegabytes))
        }
    }

    private static func officeWarning(free: (String, String), reserve: (String, String)) -> (String, String) {
        (
            "Auf dem Datenträger mit den Antworten sind nur noch \(free.0) MB frei, weniger als die Reserve von \(reserve.0) MB. Neue Zwischenstände und Absendungen werden abgelehnt („Bitte versuchen Sie es später noch einmal“), bis wieder Platz frei ist. Bitte geben Sie der IT-Betreuung Bescheid.",
            "Only \(free.1) MB are free on the responses’ disk, less than the reserve of \(reserve.1) MB. New drafts and submissions are refused (“please try again later”) until space is freed. Please let the server’s administrators know."
        )
    }
}
