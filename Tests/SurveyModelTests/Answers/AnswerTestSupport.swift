import StrictJSON
import Testing

@testable import SurveyModel

/// A small survey with every question type and the settings validation checks.
let answerTestDefinition = #"""
    {
      "id": "answers-test", "title": "Test", "languages": ["de", "en"], "access": "token",
      "participantFields": [
        {"id": "schulart", "label": "Schulart", "options": [
          {"value": "gs", "label": "Grundschule"}, {"value": "gym", "label": "Gymnasium"}]}
      ],
      "pages": [
        {"id": "start", "title": "Start", "questions": [
          {"id": "name", "type": "text", "title": "Name", "required": true, "maxLength": 10},
          {"id": "mail", "type": "text", "title": "E-Mail", "format": "email"},
          {"id": "plz", "type": "text", "title": "PLZ", "pattern": "[0-9]{5}",
           "patternMessage": {"de": "Bitte fünf Ziffern.", "en": "Five digits, please."}},
          {"id": "notiz", "type": "text", "title": "Notiz", "multiline": true},
          {"id": "schueler", "type": "number", "title": "Schüler", "required": true, "integer": true,
           "min": 1, "max": 5000},
          {"id": "lehrkraefte", "type": "number", "title": "Lehrkräfte", "integer": true, "min": 1,
           "validate": [{"expr": "lehrkraefte <= schueler",
                         "message": {"de": "Mehr Lehrkräfte als Schüler?", "en": "More teachers than pupils?"}}]},
          {"id": "bandbreite", "type": "number", "title": "Bandbreite", "min": 0.5, "max": 100000},
          {"id": "internet", "type": "single", "title": "Internet", "required": true, "options": [
            {"value": "glasfaser", "label": "Glasfaser"}, {"value": "keiner", "label": "keiner"}],
           "other": {"label": "Sonstiges"}},
          {"id": "traeger", "type": "single", "title": "Träger", "options": [
            {"value": "kreis", "label": "Kreis"}, {"value": "stadt", "label": "Stadt"}]},
          {"id": "dienste", "type": "multiple", "title": "Dienste", "minSelected": 2, "maxSelected": 3,
           "requiredIf": "internet == 'glasfaser'", "options": [
            {"value": "moodle", "label": "moodle"}, {"value": "bbb", "label": "BigBlueButton"},
            {"value": "mail", "label": "E-Mail"}, {"value": "keine", "label": "keine", "exclusive": true}],
           "other": {"label": "Sonstige"}},
          {"id": "moodle_anteil", "type": "single", "title": "Anteil", "required": true,
           "visibleIf": "dienste contains 'moodle'", "options": [
            {"value": "wenig", "label": "wenig"}, {"value": "viel", "label": "viel"}]},
          {"id": "moodle_kurse", "type": "number", "title": "Kurse", "visibleIf": "moodle_anteil == 'viel'"},
          {"id": "ganztag", "type": "boolean", "title": "Ganztag"},
          {"id": "zufriedenheit", "type": "scale", "title": "Zufriedenheit",
           "scale": {"from": 1, "to": 5}, "notApplicable": {"label": "weiß nicht"}},
          {"id": "note", "type": "scale", "title": "Note", "scale": {"from": 1, "to": 6}}
        ]},
        {"id": "mehr", "title": "Mehr", "visibleIf": "internet != 'keiner'", "questions": [
          {"id": "aussagen", "type": "matrix", "title": "Aussagen", "required": true,
           "rows": [{"value": "ausreichend", "label": "ausreichend"}, {"value": "aktuell", "label": "aktuell"}],
           "scale": {"from": 1, "to": 5}, "notApplicable": {"label": "weiß nicht"}},
          {"id": "technik", "type": "matrix", "title": "Technik",
           "rows": [{"value": "beamer", "label": "Beamer"}, {"value": "tafel", "label": "Tafel"}],
           "options": [{"value": "ja", "label": "ja"}, {"value": "na", "label": "nicht vorhanden"}]},
          {"id": "vorhaben", "type": "ranking", "title": "Vorhaben", "rankCount": 2, "options": [
            {"value": "wlan", "label": "WLAN"}, {"value": "geraete", "label": "Geräte"},
            {"value": "support", "label": "Support"}]},
          {"id": "stichtag", "type": "date", "title": "Stichtag", "min": "2024-01-01", "max": "2024-12-31"},
          {"id": "gs_frage", "type": "boolean", "title": "Nur Grundschulen", "required": true,
           "visibleIf": "participant.schulart == 'gs'"},
          {"id": "hinweis", "type": "note", "text": "Danke."}
        ]}
      ]
    }
    """#

/// The test survey, loaded once.
let answerTestSurvey: Survey = {
    let result = Survey.load(bytes: Array(answerTestDefinition.utf8), file: "answers-test.json")
    guard let survey = result.survey else {
        fatalError("the test survey does not load: \(result.diagnostics.map(\.message))")
    }
    return survey
}()

/// The day expressions see in tests.
let testToday: CalendarDate = {
    guard let date = CalendarDate(year: 2024, month: 9, day: 15) else { fatalError("2024-09-15 is a date") }
    return date
}()

/// A question of the test survey; fails the test when the id is wrong.
func testQuestion(_ id: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Question {
    try #require(answerTestSurvey.question(id), "no question \(id)", sourceLocation: sourceLocation)
}

/// A complete, valid response to the test survey.
let validTestAnswers = Answers([
    "name": .text("Schule"),
    "schueler": .number(300),
    "lehrkraefte": .number(25),
    "internet": .single(.option("glasfaser")),
    "dienste": .multiple(MultipleChoiceAnswer(values: ["moodle", "mail"])),
    "moodle_anteil": .single(.option("viel")),
    "aussagen": .matrix(["ausreichend": .point(4), "aktuell": .notApplicable]),
])
