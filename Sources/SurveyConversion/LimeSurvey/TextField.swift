/// Which text of the source a warning about lost content speaks of, in German and English.
struct TextField: Sendable {
    let german: String
    let english: String

    static let title = TextField(german: "Titel", english: "title")
    static let description = TextField(german: "Beschreibung", english: "description")
    static let questionText = TextField(german: "Fragetext", english: "question text")
    static let help = TextField(german: "Hilfetext", english: "help")
    static let text = TextField(german: "Text", english: "text")
    static let groupName = TextField(german: "Gruppenname", english: "group name")
    static let groupDescription = TextField(german: "Gruppenbeschreibung", english: "group description")
    static let other = TextField(german: "Beschriftung von „Sonstiges“", english: "label of \"other\"")
    static let suffix = TextField(german: "Einheit", english: "suffix")

    static func option(_ code: String) -> TextField { TextField(german: "Option \(code)", english: "option \(code)") }

    static func subquestion(_ code: String) -> TextField {
        TextField(german: "Teilfrage \(code)", english: "subquestion \(code)")
    }
}
