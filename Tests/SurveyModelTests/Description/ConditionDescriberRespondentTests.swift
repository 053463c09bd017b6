import Testing

@testable import SurveyModel

/// Conditions addressed to the person answering, as the form shows them after „Nur zu beantworten, wenn …“:
/// every operator and function of the expression language, in German and English.
struct ConditionDescriberRespondentTests {
    let describer = ConditionDescriberTests()

    /// The German and the English clause of `source`.
    func words(_ source: String) throws -> [String] {
        [try describer.words(source, "de", voice: .respondent), try describer.words(source, "en", voice: .respondent)]
    }

    @Test func equalAndNotEqualOnAChoice() throws {
        #expect(
            try words("schulart == 'gs'") == [
                "Sie bei „Schulart“ „Grundschule“ gewählt haben", "you chose “Primary school” in “Type of school”",
            ])
        #expect(
            try words("schulart != 'gs'") == [
                "Sie bei „Schulart“ nicht „Grundschule“ gewählt haben",
                "you did not choose “Primary school” in “Type of school”",
            ])
    }

    @Test func orderingsOnNumbers() throws {
        #expect(
            try words("schueler < 50") == [
                "Sie bei „Schülerzahl“ weniger als 50 angegeben haben", "you entered less than 50 in “Pupils”",
            ])
        #expect(
            try words("schueler <= 12500.5") == [
                "Sie bei „Schülerzahl“ höchstens 12.500,5 angegeben haben", "you entered at most 12,500.5 in “Pupils”",
            ])
        #expect(
            try words("200 < schueler") == [
                "Sie bei „Schülerzahl“ mehr als 200 angegeben haben", "you entered more than 200 in “Pupils”",
            ])
        #expect(
            try words("schueler >= 3") == [
                "Sie bei „Schülerzahl“ mindestens 3 angegeben haben", "you entered at least 3 in “Pupils”",
            ])
        #expect(try words("schueler == 3") == ["Sie bei „Schülerzahl“ 3 angegeben haben", "you entered 3 in “Pupils”"])
    }

    @Test func orderingsOnDates() throws {
        #expect(
            try words("stichtag < '2024-08-01'") == [
                "Sie bei „Stichtag“ ein Datum vor dem 01.08.2024 angegeben haben",
                "you entered a date before 2024-08-01 in “Reference date”",
            ])
        #expect(
            try words("stichtag <= today()") == [
                "Sie bei „Stichtag“ ein Datum bis zum heutigen Tag angegeben haben",
                "you entered a date on or before today in “Reference date”",
            ])
        #expect(
            try words("stichtag > '2024-08-01'") == [
                "Sie bei „Stichtag“ ein Datum nach dem 01.08.2024 angegeben haben",
                "you entered a date after 2024-08-01 in “Reference date”",
            ])
        #expect(
            try words("stichtag >= '2024-08-01'") == [
                "Sie bei „Stichtag“ ein Datum ab dem 01.08.2024 angegeben haben",
                "you entered a date on or after 2024-08-01 in “Reference date”",
            ])
        #expect(
            try words("stichtag == '2024-08-01'") == [
                "Sie bei „Stichtag“ den 01.08.2024 angegeben haben", "you entered 2024-08-01 in “Reference date”",
            ])
    }

    @Test func andOrAndNot() throws {
        #expect(
            try words("schulart == 'gs' and (ssa or schueler < 50)") == [
                "Sie bei „Schulart“ „Grundschule“ gewählt haben und (Sie „Gibt es Schulsozialarbeit?“ mit „Ja“ beantwortet haben oder Sie bei „Schülerzahl“ weniger als 50 angegeben haben)",
                "you chose “Primary school” in “Type of school” and (you answered “Is there school social work?” with “Yes” or you entered less than 50 in “Pupils”)",
            ])
        #expect(
            try words("ssa && schueler > 1 || pcs > 1") == [
                "(Sie „Gibt es Schulsozialarbeit?“ mit „Ja“ beantwortet haben und Sie bei „Schülerzahl“ mehr als 1 angegeben haben) oder Sie bei „PCs“ mehr als 1 angegeben haben",
                "(you answered “Is there school social work?” with “Yes” and you entered more than 1 in “Pupils”) or you entered more than 1 in “PCs”",
            ])
        #expect(
            try words("not (schueler > 10)") == [
                "nicht zutrifft, dass Sie bei „Schülerzahl“ mehr als 10 angegeben haben",
                "it is not the case that you entered more than 10 in “Pupils”",
            ])
        #expect(
            try words("!(schulart == 'gs')") == [
                "Sie bei „Schulart“ nicht „Grundschule“ gewählt haben",
                "you did not choose “Primary school” in “Type of school”",
            ])
        #expect(
            try words("not (ssa or schueler > 1)") == [
                "nicht zutrifft, dass Sie „Gibt es Schulsozialarbeit?“ mit „Ja“ beantwortet haben oder Sie bei „Schülerzahl“ mehr als 1 angegeben haben",
                "it is not the case that you answered “Is there school social work?” with “Yes” or you entered more than 1 in “Pupils”",
            ])
    }

    @Test func yesNoQuestions() throws {
        #expect(
            try words("ssa") == [
                "Sie „Gibt es Schulsozialarbeit?“ mit „Ja“ beantwortet haben",
                "you answered “Is there school social work?” with “Yes”",
            ])
        #expect(
            try words("not ssa") == [
                "Sie „Gibt es Schulsozialarbeit?“ mit „Nein“ beantwortet haben",
                "you answered “Is there school social work?” with “No”",
            ])
        #expect(
            try words("ssa != true") == [
                "Sie „Gibt es Schulsozialarbeit?“ nicht mit „Ja“ beantwortet haben",
                "you did not answer “Is there school social work?” with “Yes”",
            ])
    }

    @Test func inAndNotIn() throws {
        #expect(
            try words("schulart in ['gs', 'ms']") == [
                "Sie bei „Schulart“ „Grundschule“ oder „Mittelschule“ gewählt haben",
                "you chose “Primary school” or “Middle school” in “Type of school”",
            ])
        #expect(
            try words("not (schulart in ['gs', 'ms'])") == [
                "Sie bei „Schulart“ weder „Grundschule“ noch „Mittelschule“ gewählt haben",
                "you chose neither “Primary school” nor “Middle school” in “Type of school”",
            ])
        #expect(
            try words("'moodle' in dienste") == [
                "Sie bei „Dienste“ „Moodle“ gewählt haben", "you chose “Moodle” in “Services”",
            ])
    }

    @Test func containsOnChoicesAndText() throws {
        #expect(
            try words("dienste contains 'mail'") == [
                "Sie bei „Dienste“ „E-Mail“ gewählt haben", "you chose “E-mail” in “Services”",
            ])
        #expect(
            try words("not (dienste contains 'mail')") == [
                "Sie bei „Dienste“ nicht „E-Mail“ gewählt haben", "you did not choose “E-mail” in “Services”",
            ])
        #expect(
            try words("bemerkung contains 'WLAN'") == [
                "Ihre Angabe bei „Bemerkung“ „WLAN“ enthält", "your answer to “Remark” contains “WLAN”",
            ])
        #expect(
            try words("not (bemerkung contains 'WLAN')") == [
                "Ihre Angabe bei „Bemerkung“ „WLAN“ nicht enthält", "your answer to “Remark” does not contain “WLAN”",
            ])
    }

    @Test func participantFields() throws {
        #expect(
            try words("participant.region == 'sued'") == [
                "für Sie bei „Region“ „Süd“ hinterlegt ist", "“South” is on record for you as “Region”",
            ])
        #expect(
            try words("participant.region != 'sued'") == [
                "für Sie bei „Region“ nicht „Süd“ hinterlegt ist", "“South” is not on record for you as “Region”",
            ])
        #expect(
            try words("answered(participant.region)") == [
                "für Sie „Region“ hinterlegt ist", "“Region” is on record for you",
            ])
    }

    @Test func arithmeticInWords() throws {
        #expect(
            try words("schueler + pcs > 10") == [
                "„Schülerzahl“ plus „PCs“ größer als 10 ist", "“Pupils” plus “PCs” is more than 10",
            ])
        #expect(
            try words("(schueler - pcs) * 2 >= 1") == [
                "(„Schülerzahl“ minus „PCs“) mal 2 mindestens 1 ist", "(“Pupils” minus “PCs”) times 2 is at least 1",
            ])
        #expect(
            try words("pcs / (schueler - 1) <= 3") == [
                "„PCs“ geteilt durch („Schülerzahl“ minus 1) höchstens 3 ist",
                "“PCs” divided by (“Pupils” minus 1) is at most 3",
            ])
        #expect(try words("-pcs < 0") == ["minus „PCs“ kleiner als 0 ist", "minus “PCs” is less than 0"])
        #expect(
            try words("pcs > schueler") == [
                "Sie bei „PCs“ mehr als Ihre Angabe bei „Schülerzahl“ angegeben haben",
                "you entered more than your answer to “Pupils” in “PCs”",
            ])
    }

    @Test func everyFunction() throws {
        #expect(try words("answered(schueler)") == ["Sie „Schülerzahl“ beantwortet haben", "you answered “Pupils”"])
        #expect(
            try words("not answered(schueler)") == [
                "Sie „Schülerzahl“ nicht beantwortet haben", "you did not answer “Pupils”",
            ])
        #expect(
            try words("schueler == null") == [
                "Sie „Schülerzahl“ nicht beantwortet haben", "you did not answer “Pupils”",
            ])
        #expect(
            try words("count(dienste) >= 2") == [
                "die Zahl Ihrer Angaben bei „Dienste“ mindestens 2 ist",
                "the number of your answers to “Services” is at least 2",
            ])
        #expect(
            try words("sum(schueler, pcs) > 5") == [
                "die Summe aus „Schülerzahl“ und „PCs“ größer als 5 ist",
                "the sum of “Pupils” and “PCs” is more than 5",
            ])
        #expect(
            try words("min(schueler, pcs, 3) == 3") == [
                "der kleinste Wert aus „Schülerzahl“, „PCs“ und 3 3 ist", "the smallest of “Pupils”, “PCs” and 3 is 3",
            ])
        #expect(
            try words("max(schueler, pcs) < 5") == [
                "der größte Wert aus „Schülerzahl“ und „PCs“ kleiner als 5 ist",
                "the largest of “Pupils” and “PCs” is less than 5",
            ])
        #expect(
            try words("round(pcs / schueler, 1) > 0.5") == [
                "„PCs“ geteilt durch „Schülerzahl“ gerundet auf 1 Nachkommastelle größer als 0,5 ist",
                "“PCs” divided by “Pupils” rounded to 1 decimal place is more than 0.5",
            ])
        #expect(try words("round(pcs) != 2") == ["„PCs“ gerundet nicht 2 ist", "“PCs” rounded is not 2"])
        #expect(
            try words("abs(pcs) > 2") == [
                "der Betrag von „PCs“ größer als 2 ist", "the absolute value of “PCs” is more than 2",
            ])
        #expect(
            try words("len(bemerkung) <= 500") == [
                "die Zahl der Zeichen Ihrer Angabe bei „Bemerkung“ höchstens 500 ist",
                "the number of characters in your answer to “Remark” is at most 500",
            ])
        #expect(
            try words("year(stichtag) == 2024") == [
                "das Jahr Ihrer Angabe bei „Stichtag“ 2024 ist", "the year of your answer to “Reference date” is 2024",
            ])
        #expect(
            try words("today() > '2024-08-01'") == [
                "das heutige Datum nach dem 01.08.2024 liegt", "today’s date is after 2024-08-01",
            ])
    }

    @Test func matrixRowsAndInnerQuotes() throws {
        #expect(
            try words("aussagen.wlan >= 4") == [
                "Sie bei „Aussagen: WLAN reicht“ mindestens 4 angegeben haben",
                "you entered at least 4 in “Statements: Wi-Fi suffices”",
            ])
        let words = ConditionWords(language: "de", voice: .respondent)
        #expect(words.quoted("Was heißt „Ganztag“?") == "„Was heißt ‚Ganztag‘?“")
        #expect(ConditionWords(language: "en", voice: .report).quoted("What is “all-day”?") == "“What is ‘all-day’?”")
    }
}
