/// The wording of the live-survey checks, the confirmation they ask for and the conflict note, in
/// German and English.
enum LiveChangePhrase: Sendable {
    case valueRefused(value: String, answers: Int)
    case questionRemoved(String, answers: Int)
    case pageRemoved(String, answers: Int)
    case optionRemoved(String, value: String, answers: Int)
    case questionHidden(String, condition: String, answers: Int)
    case pageHidden(String, condition: String, answers: Int)
    case confirmTitle, confirmIntro, confirmKept, confirmButton, cancel
    case answersUnreadable(String)
    case conflictTheirs, conflictYours, conflictYoursIntro, conflictVersions, conflictButton

    func text(_ language: UILanguage) -> String {
        let (german, english) = pair
        return language == .de ? german : english
    }

    private static func responses(_ count: Int) -> (String, String) {
        (
            count == 1 ? "1 abgeschickte Antwort" : "\(count) abgeschickte Antworten",
            count == 1 ? "1 submitted response" : "\(count) submitted responses"
        )
    }

    /// The verb after ``responses(_:)``, singular or plural: `("enthält", "enthalten")`.
    private static func verb(_ count: Int, _ singular: String, _ plural: String) -> String {
        count == 1 ? singular : plural
    }

    private var pair: (String, String) {
        switch self {
        case .answersUnreadable(let reason):
            (
                "Nicht gespeichert: Die vorhandenen Antworten konnten nicht gelesen werden, daher lässt sich nicht prüfen, was die Änderung entfernen würde (\(reason)).",
                "Not saved: the answers already given could not be read, so what the change would remove cannot be checked (\(reason))."
            )
        case .valueRefused(let value, let answers):
            (
                "Der gespeicherte Wert „\(value)“ steckt in \(answers == 1 ? "1 abgeschickten Antwort" : "\(answers) abgeschickten Antworten") und kann nicht mehr geändert werden; diese Antworten passten sonst zu keiner Option mehr. Die Beschriftung dürfen Sie ändern.",
                "The stored value \"\(value)\" is held by \(Self.responses(answers).1) and can no longer be changed; those answers would match no option any more. You may change its label."
            )
        case .questionRemoved(let question, let answers):
            (
                "Die Frage „\(question)“ wird entfernt; \(Self.responses(answers).0) \(Self.verb(answers, "enthält", "enthalten")) sie. Ihre Antworten bleiben gespeichert, werden aber nicht mehr gezeigt und ausgewertet.",
                "Question \"\(question)\" is removed; \(Self.responses(answers).1) \(Self.verb(answers, "answers", "answer")) it. Their answers stay stored but are no longer shown or evaluated."
            )
        case .pageRemoved(let page, let answers):
            (
                "Die Seite „\(page)“ wird entfernt; \(Self.responses(answers).0) \(Self.verb(answers, "beantwortet", "beantworten")) Fragen auf ihr.",
                "Page \"\(page)\" is removed; \(Self.responses(answers).1) \(Self.verb(answers, "answers", "answer")) questions on it."
            )
        case .optionRemoved(let question, let value, let answers):
            (
                "Die Option „\(value)“ der Frage „\(question)“ wird entfernt; \(Self.responses(answers).0) \(Self.verb(answers, "hat", "haben")) sie gewählt.",
                "Option \"\(value)\" of question \"\(question)\" is removed; \(Self.responses(answers).1) chose it."
            )
        case .questionHidden(let question, let condition, let answers):
            (
                "Die Frage „\(question)“ wird nur noch gezeigt, wenn „\(condition)“ gilt; \(Self.responses(answers).0) \(Self.verb(answers, "enthält", "enthalten")) sie. Wo die Bedingung nicht gilt, werden diese Antworten nicht mehr ausgewertet.",
                "Question \"\(question)\" is shown only when \"\(condition)\" holds; \(Self.responses(answers).1) \(Self.verb(answers, "answers", "answer")) it. Where the condition does not hold, those answers are no longer evaluated."
            )
        case .pageHidden(let page, let condition, let answers):
            (
                "Die Seite „\(page)“ wird nur noch gezeigt, wenn „\(condition)“ gilt; \(Self.responses(answers).0) \(Self.verb(answers, "beantwortet", "beantworten")) Fragen auf ihr.",
                "Page \"\(page)\" is shown only when \"\(condition)\" holds; \(Self.responses(answers).1) \(Self.verb(answers, "answers", "answer")) questions on it."
            )
        case .confirmTitle: ("Änderung bestätigen", "Confirm the change")
        case .confirmIntro:
            (
                "Diese Befragung hat schon Antworten. Die Änderung betrifft sie so:",
                "This survey already has responses. The change affects them as follows:"
            )
        case .confirmKept:
            (
                "Noch ist nichts gespeichert. Mit „Trotzdem speichern“ wird die Änderung so gespeichert, wie Sie sie abgeschickt haben.",
                "Nothing is saved yet. “Save anyway” saves the change exactly as you sent it."
            )
        case .confirmButton: ("Trotzdem speichern", "Save anyway")
        case .cancel: ("Abbrechen und zurück", "Cancel and go back")
        case .conflictTheirs: ("Was inzwischen geändert wurde", "What was changed in the meantime")
        case .conflictYours: ("Ihre Eingaben", "Your entries")
        case .conflictYoursIntro:
            (
                "Diese Eingaben wurden nicht gespeichert. Bitte übernehmen Sie sie erneut in das Formular unten:",
                "These entries were not saved. Please enter them again in the form below:"
            )
        case .conflictVersions: ("Alle Versionen ansehen", "See all versions")
        case .conflictButton: ("Schaltfläche", "Button")
        }
    }
}
