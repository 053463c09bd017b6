import Testing

@testable import SurveyModel

/// Filters and conditions read as words, in German and English, for each form of expression.
struct ConditionDescriberTests {
    static let definition = """
        {"id": "worte", "title": "Befragung", "languages": ["de", "en"], "access": "token",
         "participantFields": [{"id": "region", "label": {"de": "Region", "en": "Region"},
           "options": [{"value": "nord", "label": {"de": "Nord", "en": "North"}},
                       {"value": "sued", "label": {"de": "Süd", "en": "South"}}]}],
         "pages": [{"id": "p", "title": "Seite", "questions": [
           {"id": "schulart", "type": "single", "title": {"de": "Schulart", "en": "Type of school"},
            "options": [{"value": "gs", "label": {"de": "Grundschule", "en": "Primary school"}},
                        {"value": "ms", "label": {"de": "Mittelschule", "en": "Middle school"}}]},
           {"id": "ssa", "type": "boolean", "title": {"de": "Gibt es Schulsozialarbeit?", "en": "Is there school social work?"}},
           {"id": "schueler", "type": "number", "title": {"de": "Schülerzahl", "en": "Pupils"}},
           {"id": "pcs", "type": "number", "title": {"de": "PCs", "en": "PCs"}},
           {"id": "bemerkung", "type": "text", "title": {"de": "Bemerkung", "en": "Remark"}},
           {"id": "dienste", "type": "multiple", "title": {"de": "Dienste", "en": "Services"},
            "options": [{"value": "moodle", "label": "Moodle"}, {"value": "mail", "label": {"de": "E-Mail", "en": "E-mail"}}]},
           {"id": "stichtag", "type": "date", "title": {"de": "Stichtag", "en": "Reference date"}},
           {"id": "aussagen", "type": "matrix", "title": {"de": "Aussagen", "en": "Statements"},
            "rows": [{"value": "wlan", "label": {"de": "WLAN reicht", "en": "Wi-Fi suffices"}}],
            "scale": {"from": 1, "to": 5}}
         ]}]}
        """

    static let survey: Survey? = Survey.load(bytes: Array(definition.utf8), file: "worte.json").survey

    func words(
        _ source: String, _ language: String = "de", voice: ConditionDescriber.Voice = .report
    ) throws -> String {
        let survey = try #require(Self.survey)
        return ConditionDescriber(survey: survey, language: language, voice: voice).describe(
            try Expression.parse(source))
    }

    @Test func yesNoQuestionAloneAndNegated() throws {
        #expect(try words("ssa") == "„Gibt es Schulsozialarbeit?“ ist „Ja“")
        #expect(try words("not ssa") == "„Gibt es Schulsozialarbeit?“ ist „Nein“")
        #expect(try words("ssa", "en") == "“Is there school social work?” is “Yes”")
        #expect(try words("ssa == true") == "„Gibt es Schulsozialarbeit?“ ist „Ja“")
    }

    @Test func choiceComparedWithItsLabel() throws {
        #expect(try words("schulart == 'gs'") == "„Schulart“ ist „Grundschule“")
        #expect(try words("schulart != 'gs'", "en") == "“Type of school” is not “Primary school”")
        #expect(try words("'gs' == schulart") == "„Schulart“ ist „Grundschule“")
    }

    @Test func numbersWithDecimalCommaAndMirroredOperators() throws {
        #expect(try words("schueler > 200") == "„Schülerzahl“ ist größer als 200")
        #expect(try words("schueler <= 12500.5") == "„Schülerzahl“ ist höchstens 12.500,5")
        #expect(try words("schueler < 1250", "en") == "“Pupils” is less than 1250")
        #expect(try words("100 < schueler", "en") == "“Pupils” is more than 100")
        #expect(try words("schueler >= 3", "en") == "“Pupils” is at least 3")
    }

    @Test func andOrKeepTheirGrouping() throws {
        #expect(
            try words("schulart == 'gs' and (ssa or schueler < 50)")
                == "„Schulart“ ist „Grundschule“ und („Gibt es Schulsozialarbeit?“ ist „Ja“ oder „Schülerzahl“ ist kleiner als 50)"
        )
        #expect(
            try words("schulart == 'gs' or schulart == 'ms'", "en")
                == "“Type of school” is “Primary school” or “Type of school” is “Middle school”")
    }

    @Test func notOfAGeneralCondition() throws {
        #expect(try words("not (schueler > 10)") == "nicht („Schülerzahl“ ist größer als 10)")
        #expect(try words("not (schueler > 10)", "en") == "not (“Pupils” is more than 10)")
    }

    @Test func inListsAndContains() throws {
        #expect(try words("schulart in ['gs', 'ms']") == "„Schulart“ ist „Grundschule“ oder „Mittelschule“")
        #expect(try words("dienste contains 'mail'") == "„Dienste“ enthält „E-Mail“")
        #expect(try words("'moodle' in dienste", "en") == "“Services” includes “Moodle”")
    }

    @Test func countsAndAnswered() throws {
        #expect(try words("count(dienste) >= 2") == "Anzahl der Angaben zu „Dienste“ ist mindestens 2")
        #expect(try words("answered(schueler)", "en") == "“Pupils” is answered")
        #expect(try words("not answered(schueler)") == "„Schülerzahl“ ist nicht beantwortet")
        #expect(try words("schueler == null") == "„Schülerzahl“ ist nicht beantwortet")
    }

    @Test func participantFieldsWithTheirLabels() throws {
        #expect(try words("participant.region == 'sued'") == "„Region“ ist „Süd“")
        #expect(try words("participant.region == 'sued'", "en") == "“Region” is “South”")
    }

    @Test func datesInEachLanguage() throws {
        #expect(try words("stichtag >= '2024-08-01'") == "„Stichtag“ liegt frühestens am 01.08.2024")
        #expect(try words("stichtag < '2024-08-01'", "en") == "“Reference date” is before 2024-08-01")
        #expect(try words("year(stichtag) == 2024") == "Jahr von „Stichtag“ ist 2024")
        #expect(try words("stichtag <= today()", "en") == "“Reference date” is on or before today")
    }

    @Test func matrixRowsNameQuestionAndRow() throws {
        #expect(try words("aussagen.wlan >= 4") == "„Aussagen: WLAN reicht“ ist mindestens 4")
    }

    @Test func whatHasNoWordsIsQuotedAsWritten() throws {
        #expect(try words("schueler * 2 > 100") == "„Schülerzahl“ mal 2 ist größer als 100")
        #expect(try words("answered(schueler) + 1 > 1") == "„answered(schueler)“ plus 1 ist größer als 1")
        #expect(try words("schueler + 1", "en") == "“schueler + 1”")
    }
}
