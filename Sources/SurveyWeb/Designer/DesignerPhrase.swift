import StrictJSON
import SurveyModel

/// The wording of the designer's pages, in German and English.
///
/// Kept apart from ``Phrase`` because only the designer uses it; the same one
/// switch per phrase keeps both languages side by side.
enum DesignerPhrase: Sendable {
    case designer, openInDesigner, listIntro, noFiles, file, survey, lastChange, actions, edit, download
    case stateFailed, stateNotLoaded, notReadYet
    case moreProblems(Int)
    case brokenEdit(String)
    case breadcrumbs, messages, problems, warningsHeading
    case settings, surveyID, title, description, languages, access, accessToken, accessPublic, anonymous
    case opens, closes, timeZone, notSet, participantFields, minGroupSize, privacy, present, absent
    case pagesAndQuestions, noQuestions
    case page(Int, String)
    case questionCount(Int)
    case shownOnlyIf, requiredBadge, requiredIfBadge, personalBadge
    case rules(Int)
    case condition, questionID, questionType
    case fileMissing
    case at(line: Int, column: Int, message: String)
    case previewSkippedPage(String)
    case previewLastPage, previewNothingStored, skipped, previewPages, toOverview
    case unknownAction(String)
    case saveFailed(String)
    case saved, notSaved, conflict, conflictUnknownChanges

    /// The phrase in `language`.
    func text(_ language: UILanguage) -> String {
        let (german, english) = pair
        return language == .de ? german : english
    }

    private var pair: (String, String) {
        switch self {
        case .designer: ("Designer", "Designer")
        case .openInDesigner: ("Im Designer ansehen", "View in the designer")
        case .listIntro:
            (
                "Alle Definitionen im Ordner der Befragungen. Eine Datei mit Fehlern steht mit ihrem ersten Fehler hier; sie ist nicht online.",
                "Every definition in the surveys folder. A file with errors is listed with its first error; it is not online."
            )
        case .noFiles: ("Im Ordner der Befragungen liegt keine Definition.", "The surveys folder holds no definition.")
        case .file: ("Datei", "File")
        case .survey: ("Befragung", "Survey")
        case .lastChange: ("Letzte Änderung", "Last change")
        case .actions: ("Aktionen", "Actions")
        case .edit: ("Bearbeiten", "Edit")
        case .download: ("Herunterladen", "Download")
        case .stateFailed: ("fehlerhaft, nicht online", "has errors, not online")
        case .stateNotLoaded: ("noch nicht geladen", "not loaded yet")
        case .notReadYet:
            (
                "Der Server hat diese Datei noch nicht gelesen; er liest geänderte Dateien alle zwei Sekunden. Bitte laden Sie die Seite gleich noch einmal.",
                "The server has not read this file yet; it reads changed files every two seconds. Please reload the page in a moment."
            )
        case .moreProblems(let count):
            count == 1
                ? ("Dazu 1 weiterer Fehler.", "1 more error.")
                : ("Dazu \(count) weitere Fehler.", "\(count) more errors.")
        case .brokenEdit(let problem):
            (
                "Die letzte Änderung der Datei hat Fehler; online bleibt die letzte fehlerfreie Fassung. \(problem)",
                "The file's last change has errors; the last good version stays online. \(problem)"
            )
        case .breadcrumbs: ("Sie sind hier", "You are here")
        case .messages: ("Meldungen", "Messages")
        case .problems: ("Fehler", "Errors")
        case .warningsHeading: ("Hinweise", "Warnings")
        case .settings: ("Einstellungen", "Settings")
        case .surveyID: ("Kennung (Dateiname)", "Id (file name)")
        case .title: ("Titel", "Title")
        case .description: ("Beschreibung", "Description")
        case .languages: ("Sprachen", "Languages")
        case .access: ("Zugang", "Access")
        case .accessToken: ("mit persönlichem Link", "by personal link")
        case .accessPublic: ("öffentlich, ohne Anmeldung", "public, without sign-in")
        case .anonymous: ("Anonym", "Anonymous")
        case .opens: ("Beginn", "Opens")
        case .closes: ("Ende", "Closes")
        case .timeZone: ("Zeitzone", "Time zone")
        case .notSet: ("nicht festgelegt", "not set")
        case .participantFields: ("Merkmale der Teilnehmenden", "Participant fields")
        case .minGroupSize: ("Mindestgruppengröße in Berichten", "Minimum group size in reports")
        case .privacy: ("Datenschutzhinweis", "Privacy notice")
        case .present: ("vorhanden", "present")
        case .absent: ("fehlt", "missing")
        case .pagesAndQuestions: ("Seiten und Fragen", "Pages and questions")
        case .noQuestions: ("Diese Seite hat keine Fragen.", "This page has no questions.")
        case .page(let number, let title): ("Seite \(number): \(title)", "Page \(number): \(title)")
        case .questionCount(let count):
            count == 1 ? ("1 Frage", "1 question") : ("\(count) Fragen", "\(count) questions")
        case .shownOnlyIf: ("nur sichtbar, wenn", "shown only if")
        case .requiredBadge: ("Pflicht", "required")
        case .requiredIfBadge: ("Pflicht, wenn", "required if")
        case .personalBadge: ("personenbezogen", "personal data")
        case .rules(let count):
            count == 1 ? ("1 Prüfregel", "1 validation rule") : ("\(count) Prüfregeln", "\(count) validation rules")
        case .condition: ("Bedingung", "Condition")
        case .questionID: ("Kennung", "Id")
        case .questionType: ("Fragetyp", "Question type")
        case .fileMissing:
            (
                "Diese Definition gibt es im Ordner der Befragungen nicht (mehr).",
                "This definition is not (or no longer) in the surveys folder."
            )
        case .at(let line, let column, let message):
            ("Zeile \(line), Spalte \(column): \(message)", "Line \(line), column \(column): \(message)")
        case .previewSkippedPage(let condition):
            (
                "Diese Seite sehen Befragte bei den bisherigen Angaben nicht. Sie wird nur gezeigt, wenn \(condition).",
                "Respondents do not see this page with the answers so far. It is shown only if \(condition)."
            )
        case .previewLastPage:
            (
                "Das ist die letzte Seite. Befragte kommen von hier zur Übersicht ihrer Angaben und schicken sie dort ab; die Vorschau endet hier.",
                "This is the last page. From here respondents go on to review and submit their answers; the preview ends here."
            )
        case .previewNothingStored:
            ("In der Vorschau wird nichts gespeichert.", "Nothing is stored in the preview.")
        case .skipped: ("übersprungen", "skipped")
        case .previewPages: ("Seiten der Vorschau", "Pages of the preview")
        case .toOverview: ("Zur Übersicht im Designer", "To the designer's overview")
        case .unknownAction(let action):
            (
                "Die Schaltfläche „\(action)“ kennt der Designer nicht; es wurde nichts gespeichert.",
                "The designer does not know the button “\(action)”; nothing was saved."
            )
        case .saveFailed(let reason):
            (
                "Die Definition konnte nicht gespeichert werden (\(reason)); die Datei ist unverändert.",
                "The definition could not be saved (\(reason)); the file is unchanged."
            )
        case .saved: ("Gespeichert.", "Saved.")
        case .notSaved:
            (
                "Nicht gespeichert: Bitte beheben Sie die markierten Fehler. Ihre Eingaben stehen noch in den Feldern.",
                "Not saved: please correct the marked errors. What you entered is still in the fields."
            )
        case .conflict:
            (
                "Nicht gespeichert: Jemand anderes hat die Befragung geändert, während Sie sie bearbeitet haben. Die Seite zeigt jetzt den neuen Stand; bitte nehmen Sie Ihre Änderung darauf noch einmal vor.",
                "Not saved: someone else changed the survey while you were editing it. The page now shows the new state; please make your change again on it."
            )
        case .conflictUnknownChanges:
            (
                "Welche Änderungen das waren, lässt sich nicht mehr feststellen; die Versionen zeigen, wer wann gespeichert hat.",
                "Which changes they were can no longer be told; the versions show who saved when."
            )
        }
    }
}

extension DesignerPhrase {
    /// A diagnostic of the file as the designer shows it: where in the file, and what, in the office's
    /// language; the file is the page's own, so its path on the server is left out.
    static func problem(_ diagnostic: Diagnostic, _ ui: UILanguage) -> String {
        at(
            line: diagnostic.location.line, column: diagnostic.location.column,
            message: diagnostic.text.text(ui.diagnosticLanguage)
        ).text(ui)
    }
}
