/// The wording of the versions, new-survey and upload pages, in German and English.
enum VersionsPhrase: Sendable {
    case versions, versionsIntro, noVersions, current, byUnknown, version
    case changes(Int)
    case noChanges, firstVersion
    case doesNotLoad, restore, restoreTitle, restoreIntro, restoreNothing, restoreButton, restored
    case unknownVersion
    case newSurvey, newIntro, newBlank, newWave, newTemplate, newUpload, newID, newIDHelp, newTitle, newLanguages
    case newSource, newTemplateSource, newOpens, newCloses, newDatesHelp, newTitleSuffix, newTitleSuffixHelp
    case create
    case idTaken(String)
    case idInvalid(String)
    case idReserved, titleMissing, languagesInvalid, sourceMissing
    case dateInvalid(String)
    case upload, uploadIntro, uploadFile
    case uploadHelp(Int)
    case uploadButton, noFile
    case fileTooLarge(Int)
    case notLoaded
    case idMismatch(file: String, expected: String)

    func text(_ language: UILanguage) -> String {
        let (german, english) = pair
        return language == .de ? german : english
    }

    private var pair: (String, String) {
        switch self {
        case .versions: ("Versionen", "Versions")
        case .versionsIntro:
            (
                "Jede Speicherung behält die vorige Fassung. Unter jeder Version steht, was sie gegenüber der vorigen geändert hat.",
                "Every save keeps the previous version. Each version lists what it changed from the one before."
            )
        case .noVersions: ("Noch keine Versionen gespeichert.", "No versions kept yet.")
        case .current: ("aktuell", "current")
        case .byUnknown: ("außerhalb des Designers geschrieben", "written outside the designer")
        case .version: ("Version", "Version")
        case .changes(let count):
            count == 1 ? ("1 Änderung", "1 change") : ("\(count) Änderungen", "\(count) changes")
        case .noChanges: ("Keine inhaltliche Änderung (nur Layout).", "No change in content (layout only).")
        case .firstVersion: ("Die erste gespeicherte Version.", "The first kept version.")
        case .doesNotLoad:
            (
                "Diese Version lädt nicht; ihre Änderungen lassen sich nicht vergleichen.",
                "This version does not load; its changes cannot be compared."
            )
        case .restore: ("Wiederherstellen …", "Restore …")
        case .restoreTitle: ("Version wiederherstellen", "Restore a version")
        case .restoreIntro:
            (
                "Das Wiederherstellen speichert diese Version als neue aktuelle Version. Gegenüber der aktuellen ändert sich:",
                "Restoring saves this version as the new current one. Compared with the current version, this changes:"
            )
        case .restoreNothing:
            (
                "Inhaltlich gleicht diese Version der aktuellen.",
                "This version means the same survey as the current one."
            )
        case .restoreButton: ("Diese Version wiederherstellen", "Restore this version")
        case .restored: ("Die Version wurde wiederhergestellt.", "The version was restored.")
        case .unknownVersion: ("Diese Version ist nicht gespeichert.", "This version is not kept.")
        case .newSurvey: ("Neue Befragung", "New survey")
        case .newIntro:
            (
                "Beginnen Sie leer, mit einer neuen Welle einer bestehenden Befragung oder mit einer Vorlage. Die neue Befragung ist sofort im Designer; Befragte erreichen sie erst im Befragungszeitraum.",
                "Start blank, with a new wave of an existing survey or from a template. The new survey is in the designer at once; respondents reach it only while it is open."
            )
        case .newBlank: ("Leere Befragung", "Blank survey")
        case .newWave: ("Neue Welle einer bestehenden Befragung", "New wave of an existing survey")
        case .newTemplate: ("Aus einer Vorlage", "From a template")
        case .newUpload: ("Aus einer JSON-Datei", "From a JSON file")
        case .newID: ("Kennung", "Identifier")
        case .newIDHelp:
            (
                "Kleinbuchstaben, Ziffern und Bindestriche, z. B. „medienbefragung-2027“. Sie steht in den Adressen und lässt sich später nicht ändern.",
                "Lower-case letters, digits and hyphens, e.g. “media-survey-2027”. It appears in addresses and cannot be changed later."
            )
        case .newTitle: ("Titel", "Title")
        case .newLanguages: ("Sprachen", "Languages")
        case .newSource: ("Befragung", "Survey")
        case .newTemplateSource: ("Vorlage", "Template")
        case .newOpens: ("Beginnt am", "Opens on")
        case .newCloses: ("Endet am", "Closes on")
        case .newDatesHelp:
            (
                "Im Format JJJJ-MM-TT, z. B. 2027-09-01; leer lassen, wenn noch offen.",
                "As YYYY-MM-DD, e.g. 2027-09-01; leave empty if not decided yet."
            )
        case .newTitleSuffix: ("Zusatz zum Titel", "Title suffix")
        case .newTitleSuffixHelp:
            ("z. B. „ 2027“, wird an jeden Titel angehängt.", "e.g. “ 2027”, appended to every title.")
        case .create: ("Anlegen", "Create")
        case .idTaken(let id): ("Die Kennung „\(id)“ ist schon vergeben.", "The identifier \"\(id)\" is already taken.")
        case .idInvalid(let id):
            (
                "„\(id)“ ist keine gültige Kennung: nur Kleinbuchstaben, Ziffern und Bindestriche, am Anfang ein Buchstabe oder eine Ziffer.",
                "\"\(id)\" is not a valid identifier: only lower-case letters, digits and hyphens, starting with a letter or digit."
            )
        case .idReserved:
            ("Die Kennung „new“ ist für diese Seite reserviert.", "The identifier \"new\" is reserved for this page.")
        case .titleMissing: ("Bitte geben Sie einen Titel an.", "Please enter a title.")
        case .languagesInvalid:
            ("Bitte wählen Sie mindestens eine Sprache.", "Please choose at least one language.")
        case .sourceMissing: ("Bitte wählen Sie eine Befragung.", "Please choose a survey.")
        case .dateInvalid(let text):
            ("„\(text)“ ist kein Datum der Form JJJJ-MM-TT.", "\"\(text)\" is not a date written YYYY-MM-DD.")
        case .upload: ("Datei hochladen", "Upload a file")
        case .uploadIntro:
            (
                "Ersetzt die Definition durch eine JSON-Datei. Gespeichert wird nur, was fehlerfrei lädt; die Datei wird im einheitlichen Layout geschrieben, die vorige Version bleibt erhalten.",
                "Replaces the definition with a JSON file. Only a file that loads without errors is saved; it is written in the canonical layout, and the previous version is kept."
            )
        case .uploadFile: ("JSON-Datei", "JSON file")
        case .uploadHelp(let kilobytes):
            ("Höchstens \(kilobytes) KB.", "At most \(kilobytes) KB.")
        case .uploadButton: ("Hochladen und prüfen", "Upload and check")
        case .noFile: ("Bitte wählen Sie eine Datei.", "Please choose a file.")
        case .fileTooLarge(let kilobytes):
            ("Die Datei ist größer als \(kilobytes) KB.", "The file is larger than \(kilobytes) KB.")
        case .notLoaded:
            ("Die Datei lädt nicht; nichts wurde gespeichert:", "The file does not load; nothing was saved:")
        case .idMismatch(let file, let expected):
            (
                "Die Datei nennt die Kennung „\(file)“, erwartet ist „\(expected)“.",
                "The file declares the identifier \"\(file)\", but \"\(expected)\" is expected."
            )
        }
    }
}
