/// The wording of the office's participants page, in German and English.
///
/// Kept apart from ``Phrase`` because only this page uses it; the same one
/// switch per phrase keeps both languages side by side.
enum ParticipantsPhrase: Sendable {
    case title, manage, contents, rateByField, value
    case count(Int)
    case sortedAscending, sortedDescending, actions, reissue, reissueHelp
    case reissueConfirm(String)
    case issuedTitle
    case issuedOnce(Int)
    case downloadInvitations, link
    case upload
    case uploadHelp(String)
    case file, existingLegend, existingRefuse, existingSkip, existingUpdate, uploadButton
    case uploadProblems(Int)
    case nothingImported, noFile, fileTooLarge
    case imported(Int)
    case skipped(Int, String)
    case updated(Int)
    case addOne, addHelp, id, idHelp, name, email, optional, addButton
    case addProblems(Int)
    case reissued(String)
    case unknownParticipant, storeFailed

    /// The phrase in `language`.
    func text(_ language: UILanguage) -> String {
        let (german, english) = pair
        return language == .de ? german : english
    }

    private var pair: (String, String) {
        switch self {
        case .title: ("Teilnehmende verwalten", "Manage participants")
        case .manage: ("Teilnehmende verwalten und einladen", "Manage and invite participants")
        case .contents: ("Auf dieser Seite", "On this page")
        case .rateByField: ("Rücklauf nach Merkmalen", "Response rate by participant field")
        case .value: ("Wert", "Value")
        case .count(let count): ("Teilnehmende (\(count))", "Participants (\(count))")
        case .sortedAscending: ("aufsteigend sortiert", "sorted ascending")
        case .sortedDescending: ("absteigend sortiert", "sorted descending")
        case .actions: ("Zugangscode", "Access code")
        case .reissue: ("Neuen Code ausstellen", "Issue a new code")
        case .reissueHelp:
            (
                "Der bisherige persönliche Link funktioniert danach nicht mehr; gespeicherte Angaben bleiben erhalten.",
                "The previous personal link stops working; saved answers are kept."
            )
        case .reissueConfirm(let label): ("Neuen Code für „\(label)“ ausstellen", "Issue a new code for “\(label)”")
        case .issuedTitle: ("Neue persönliche Links", "New personal links")
        case .issuedOnce(let count):
            (
                count == 1
                    ? "Dieser Link wird nur jetzt angezeigt. Der Zugangscode wird nicht im Klartext gespeichert und kann daher nicht erneut angezeigt, nur neu ausgestellt werden. Geben Sie ihn jetzt weiter oder laden Sie die Liste herunter."
                    : "Diese \(count) Links werden nur jetzt angezeigt. Die Zugangscodes werden nicht im Klartext gespeichert und können daher nicht erneut angezeigt, nur neu ausgestellt werden. Geben Sie sie jetzt weiter oder laden Sie die Liste herunter.",
                count == 1
                    ? "This link is shown only now. The access code is stored only as a hash and cannot be shown again, only replaced. Pass it on now or download the list."
                    : "These \(count) links are shown only now. The access codes are stored only as hashes and cannot be shown again, only replaced. Pass them on now or download the list."
            )
        case .downloadInvitations: ("Diese Einladungen als CSV herunterladen", "Download these invitations as CSV")
        case .link: ("Persönlicher Link", "Personal link")
        case .upload: ("CSV-Datei hochladen", "Upload a CSV file")
        case .uploadHelp(let columns):
            (
                "Spalten: \(columns); „email“ ist freiwillig. Trennzeichen Komma oder Semikolon, UTF-8 (in Excel: „CSV UTF-8“). Für ein Merkmal gilt der Wert oder seine Bezeichnung. Eingeladen wird erst, wenn die ganze Datei fehlerfrei ist.",
                "Columns: \(columns); “email” is optional. Separated by commas or semicolons, UTF-8 (in Excel: “CSV UTF-8”). A participant field takes its value or its label. Nobody is invited unless the whole file is valid."
            )
        case .file: ("CSV-Datei (höchstens 1 MB)", "CSV file (at most 1 MB)")
        case .existingLegend: ("IDs, die bereits registriert sind", "IDs that are registered already")
        case .existingRefuse: ("als Fehler melden", "report as an error")
        case .existingSkip: ("überspringen, nur neue einladen", "skip them, invite only new ones")
        case .existingUpdate:
            (
                "Name, E-Mail und Merkmale aktualisieren, neue einladen",
                "update name, e-mail and fields, invite new ones"
            )
        case .uploadButton: ("Hochladen und einladen", "Upload and invite")
        case .uploadProblems(let count):
            (
                count == 1 ? "Die Datei hat 1 Fehler" : "Die Datei hat \(count) Fehler",
                count == 1 ? "The file has 1 problem" : "The file has \(count) problems"
            )
        case .nothingImported:
            (
                "Es wurde niemand eingeladen. Korrigieren Sie die Datei und laden Sie sie erneut hoch.",
                "Nobody was invited. Correct the file and upload it again."
            )
        case .noFile: ("Bitte wählen Sie eine CSV-Datei aus.", "Please choose a CSV file.")
        case .fileTooLarge: ("Die Datei ist größer als 1 MB.", "The file is larger than 1 MB.")
        case .imported(let count):
            (
                count == 1 ? "1 Schule eingeladen." : "\(count) Schulen eingeladen.",
                count == 1 ? "1 participant invited." : "\(count) participants invited."
            )
        case .skipped(let count, let ids):
            (
                "\(count) bereits registriert und übersprungen: \(ids).",
                "\(count) registered already and skipped: \(ids)."
            )
        case .updated(let count):
            (
                count == 1 ? "1 Eintrag aktualisiert." : "\(count) Einträge aktualisiert.",
                count == 1 ? "1 entry updated." : "\(count) entries updated."
            )
        case .addOne: ("Eine Schule hinzufügen", "Add one participant")
        case .addHelp:
            (
                "Nach dem Hinzufügen erscheint der persönliche Link einmal auf dieser Seite.",
                "After adding, the personal link is shown once on this page."
            )
        case .id: ("ID", "ID")
        case .idHelp:
            (
                "Zum Beispiel die Schulnummer; nur A–Z, a–z, 0–9, Punkt, Unterstrich und Bindestrich.",
                "For instance the school number; only A–Z, a–z, 0–9, dot, underscore and hyphen."
            )
        case .name: ("Name", "Name")
        case .email: ("E-Mail-Adresse", "E-mail address")
        case .optional: ("(freiwillig)", "(optional)")
        case .addButton: ("Hinzufügen und einladen", "Add and invite")
        case .addProblems(let count):
            (
                count == 1 ? "Bitte korrigieren Sie 1 Angabe" : "Bitte korrigieren Sie \(count) Angaben",
                count == 1 ? "Please correct 1 entry" : "Please correct \(count) entries"
            )
        case .reissued(let label):
            ("Für „\(label)“ gilt ab jetzt ein neuer Zugangscode.", "“\(label)” now has a new access code.")
        case .unknownParticipant:
            ("Diese teilnehmende Stelle gibt es nicht (mehr).", "This participant does not exist.")
        case .storeFailed:
            (
                "Die Teilnehmendenliste konnte nicht gespeichert werden. Bitte versuchen Sie es erneut.",
                "The participants list could not be saved. Please try again."
            )
        }
    }
}
