import Foundation
import StrictJSON
import Testing

@testable import SurveyModel

/// Checking submissions against the schools survey: visibility, requirements, settings and rules.
struct AnswerValidationTests {
    static let survey: Survey? = Survey.load(path: RepositoryPaths.path("surveys/digitale-bildung.json")).survey
    static let today = CalendarDate(year: 2026, month: 11, day: 27)

    /// A complete, valid submission of a grammar school.
    static let complete: [String: Answer] = [
        "schulname": .text("Gymnasium am Rhein"), "schulart": .choice("gym"), "traeger": .choice("landkreis"),
        "ganztag": .bool(false), "schueler": .number(850), "lehrkraefte": .number(70), "raeume": .number(45),
        "stichtag": .date(CalendarDate(year: 2026, month: 8, day: 1)!),
        "internet": .choice("glasfaser"), "bandbreite": .number(500), "wlan_anteil": .choice("100"),
        "wlan_nutzer": .choices(["lehrkraefte", "schulgeraete"]), "netz_zufriedenheit": .scale(.point(4)),
        "pcs": .number(60), "notebooks": .number(120), "tablets": .number(300), "klassensaetze": .choice("geteilt"),
        "dienstgeraete": .choice("alle"), "raeume_tafel": .number(40),
        "ausstattung": .matrix(["ausreichend": .point(3), "aktuell": .point(4), "internet": .notApplicable]),
        "dienste": .choices(["moodle", "email"]), "moodle_anteil": .choice("51-75"), "medieneinsatz": .choice("taeglich"),
        "smartphone": .choice("pausen"), "medienkonzept": .choice("beschlossen"), "medienkonzept_jahr": .number(2024),
        "medienkompass": .choice("teilweise"), "support": .choices(["traeger_it"]), "hotline": .choice("ja"),
        "behebung": .choice("1-3"), "fortbildung_anteil": .choice("mehr_haelfte"),
        "foerderung": .choices(["infrastruktur"]), "hemmnisse": .choices(["zeit", "support"]),
        "vorhaben": .ranking(["support", "zeit", "wlan"]), "anmerkungen": .text("Danke für die Befragung."),
    ]

    static func validate(
        _ changes: [String: Answer?], participant: [String: String] = ["schulart": "gym"]
    ) throws -> AnswerValidation {
        let survey = try #require(Self.survey)
        var answers = complete
        for (id, answer) in changes { answers[id] = answer }
        return survey.validate(answers: answers, participant: participant, today: today)
    }

    @Test func aCompleteSubmissionIsValid() throws {
        let result = try Self.validate([:])
        #expect(result.issues == [])
        #expect(result.droppedAnswers == [])
        #expect(result.answers == Self.complete)
    }

    static let problemCases: [(String, [String: Answer?], [String: [AnswerProblem]])] = [
        ("required text left empty", ["schulname": .text("  ")], ["schulname": [.required]]),
        ("required choice missing", ["traeger": nil], ["traeger": [.required]]),
        ("fraction for a whole number", ["raeume": .number(44.5)], ["raeume": [.notWholeNumber]]),
        ("above max", ["schueler": .number(6000)], ["schueler": [.aboveMaximum(.number(5000))]]),
        ("below min", ["lehrkraefte": .number(0)], ["lehrkraefte": [.belowMinimum(.number(1))]]),
        ("wrong kind", ["schueler": .text("850")], ["schueler": [.wrongKind(expected: .number)]]),
        ("unknown option", ["internet": .choice("satellit")], ["internet": [.unknownOption("satellit")]]),
        ("other without text", ["schulart": .choice("other")], ["schulart": [.otherTextMissing]]),
        ("other with text", ["schulart": .choice("other", other: "Waldorfschule")], [:]),
        ("exclusive with others", ["dienste": .choices(["moodle", "keine"])], ["dienste": [.exclusiveCombined(option: "keine")]]),
        ("too many obstacles", ["hemmnisse": .choices(["wlan", "geraete", "zeit", "support"])], ["hemmnisse": [.tooManyChoices(maximum: 3)]]),
        ("scale point outside", ["netz_zufriedenheit": .scale(.point(6))], ["netz_zufriedenheit": [.outsideScale(from: 1, to: 5)]]),
        ("not applicable not offered", ["netz_zufriedenheit": .scale(.notApplicable)], ["netz_zufriedenheit": [.outsideScale(from: 1, to: 5)]]),
        ("unknown matrix row", ["ausstattung": .matrix(["schnell": .point(2)])], ["ausstattung": [.unknownRow("schnell")]]),
        ("option in a scale matrix", ["ausstattung": .matrix(["aktuell": .option("ja")])], ["ausstattung": [.wrongKind(expected: .scale)]]),
        ("too few ranks", ["vorhaben": .ranking(["wlan", "zeit"])], ["vorhaben": [.wrongRankCount(expected: 3)]]),
        ("ranked twice", ["vorhaben": .ranking(["wlan", "zeit", "wlan"])], ["vorhaben": [.rankedTwice("wlan")]]),
        ("date before min", ["stichtag": .date(CalendarDate(year: 2025, month: 12, day: 31)!)],
         ["stichtag": [.belowMinimum(.date(CalendarDate(year: 2026, month: 1, day: 1)!))]]),
        ("text too long", ["anmerkungen": .text(String(repeating: "ä", count: 2001))], ["anmerkungen": [.tooLong(maximum: 2000)]]),
        ("year required once adopted", ["medienkonzept_jahr": nil], ["medienkonzept_jahr": [.required]]),
        ("year in the future", ["medienkonzept_jahr": .number(2027)],
         ["medienkonzept_jahr": [.rule(LocalizedText(translations: ["de": "Das Jahr darf nicht in der Zukunft liegen.", "en": "The year must not lie in the future."], defaultText: "Das Jahr darf nicht in der Zukunft liegen."))]]),
        ("settings before rules", ["medienkonzept_jahr": .number(1999)], ["medienkonzept_jahr": [.belowMinimum(.number(2000))]]),
        ("more than three devices per pupil", ["tablets": .number(2500)], ["tablets": [.rule(deviceMessage)]]),
        ("more rooms with boards than rooms", ["raeume_tafel": .number(46)], ["raeume_tafel": [.rule(boardMessage)]]),
    ]

    static var deviceMessage: LocalizedText {
        Self.survey?.question("tablets")?.rules.first?.message ?? LocalizedText("")
    }
    static var boardMessage: LocalizedText {
        Self.survey?.question("raeume_tafel")?.rules.first?.message ?? LocalizedText("")
    }

    @Test(arguments: problemCases)
    func reportsProblems(name: String, changes: [String: Answer?], expected: [String: [AnswerProblem]]) throws {
        let result = try Self.validate(changes)
        var found: [String: [AnswerProblem]] = [:]
        for issue in result.issues { found[issue.questionID, default: []].append(issue.problem) }
        #expect(found == expected, "\(name)")
    }

    @Test func hiddenQuestionsDropTheirAnswers() throws {
        let result = try Self.validate([
            "internet": .choice("keiner"), "wlan_anteil": .choice("0"), "dienste": .choices(["keine"]),
            "medienkonzept": .choice("nein"),
        ])
        #expect(result.issues == [])
        #expect(result.droppedAnswers == ["bandbreite", "medienkonzept_jahr", "moodle_anteil", "wlan_nutzer"])
        #expect(!result.visibleQuestions.contains("bandbreite"))
        #expect(result.answers["bandbreite"] == nil)
    }

    @Test func participantFieldsDecideVisibility() throws {
        let result = try Self.validate([:], participant: ["schulart": "kolleg"])
        #expect(result.droppedAnswers == ["medienkompass"])
    }

    @Test func answersToUnknownQuestionsAndNotesAreDropped() throws {
        let result = try Self.validate(["gibtsnicht": .text("x"), "geraete_hinweis": .text("y")])
        #expect(result.droppedAnswers == ["geraete_hinweis", "gibtsnicht"])
        #expect(result.issues == [])
    }

    @Test func aRequiredMatrixNeedsEveryRow() throws {
        let text = """
            {"id": "m", "title": "M", "access": "public", "pages": [{"id": "p", "title": "P", "questions": [
              {"id": "q", "type": "matrix", "title": "Q", "required": true,
               "rows": [{"value": "a", "label": "A"}, {"value": "b", "label": "B"}],
               "options": [{"value": "ja", "label": "ja"}, {"value": "nein", "label": "nein"}]}]}]}
            """
        let survey = try #require(Survey.load(bytes: Array(text.utf8), file: "m.json").survey)
        let partial = survey.validate(answers: ["q": .matrix(["a": .option("ja")])], today: Self.today)
        #expect(partial.issues.map(\.problem) == [.missingRows(["b"])])
        let wrong = survey.validate(answers: ["q": .matrix(["a": .option("vielleicht"), "b": .point(1)])], today: Self.today)
        #expect(wrong.issues.map(\.problem) == [.unknownOption("vielleicht"), .wrongKind(expected: .matrix)])
    }

    @Test(arguments: [
        ("name@schule.de", true), ("a.b@c.d.de", true), ("name@schule", false), ("@schule.de", false),
        ("name schule@x.de", false), ("a@@b.de", false), ("a@b..de", false),
    ])
    func recognisesEmailAddresses(text: String, valid: Bool) {
        #expect(TextSettings.isEmailAddress(text) == valid)
    }

    @Test(arguments: [("26PL012345", true), ("26PL0123456", false), ("x26PL012345", false), ("26pl012345", false)])
    func patternsMatchTheWholeAnswer(text: String, valid: Bool) {
        #expect(TextSettings.matchesWhole(text, pattern: "[0-9]{2}[A-Z]{2}[0-9]{6}") == valid)
    }

    @Test(arguments: [
        (AnswerProblem.required, "Bitte beantworten Sie diese Frage.", "Please answer this question."),
        (.belowMinimum(.number(2.5)), "Der Wert darf nicht kleiner als 2,5 sein.", "The value must not be less than 2.5."),
        (.aboveMaximum(.date(CalendarDate(year: 2027, month: 1, day: 5)!)),
         "Das Datum darf nicht nach dem 05.01.2027 liegen.", "The date must not be after 2027-01-05."),
        (.tooManyChoices(maximum: 3), "Bitte wählen Sie höchstens 3 Antworten.", "Please choose at most 3 answers."),
        (.tooFewChoices(minimum: 1), "Bitte wählen Sie mindestens eine Antwort.", "Please choose at least one answer."),
        (.patternMismatch(LocalizedText("Fünf Ziffern, bitte.")), "Fünf Ziffern, bitte.", "Fünf Ziffern, bitte."),
    ])
    func speaksGermanAndEnglish(problem: AnswerProblem, german: String, english: String) {
        let issue = AnswerIssue(questionID: "q", problem: problem)
        #expect(issue.message(in: "de") == german)
        #expect(issue.message(in: "en") == english)
    }
}
