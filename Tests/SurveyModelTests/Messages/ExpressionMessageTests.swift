import Testing

@testable import SurveyModel

/// The expression language's messages in German, from the same table as the English ones.
struct ExpressionMessageTests {
    /// The first problem of `source` against the test survey, in `language`.
    func message(_ source: String, _ language: String = "de") throws -> String {
        let survey = try #require(ConditionDescriberTests.survey)
        let expression: Expression
        do {
            expression = try Expression.parse(source)
        } catch {
            return error.message(in: language)
        }
        let problem = try #require(expression.check(against: survey.expressionSchema, expecting: .bool).first)
        return problem.message(in: language)
    }

    @Test func commonMistakesInGerman() throws {
        #expect(try message("schulart = 'gs'") == "„=“ ist kein Operator; meinten Sie „==“?")
        #expect(try message("schulart == 'gss'") == "„gss“ ist keine Option von „schulart“; meinten Sie „gs“?")
        #expect(try message("region == 'nord'") == "unbekannte Frage „region“; meinten Sie „participant.region“?")
        #expect(try message("schueler > 'abc'") == "„>“ kann schueler (eine Zahl) nicht mit 'abc' (Text) vergleichen")
        #expect(
            try message("dienste == 'mail'")
                == "„==“ braucht einen einzelnen Wert, hier steht aber eine Mehrfachauswahl; prüfen Sie eine Option mit „contains“, z. B. dienste contains 'x'"
        )
        #expect(
            try message("schueler >")
                == "erwartet wurde ein Wert, eine Frage oder „(“, gefunden: das Ende des Ausdrucks")
        #expect(
            try message("schueler + 1")
                == "Dieser Ausdruck ergibt eine Zahl, gebraucht wird hier aber ein Ja/Nein-Wert; vergleichen Sie, z. B. x > 0"
        )
    }

    @Test func englishIsUnchanged() throws {
        #expect(try message("schulart = 'gs'", "en") == "'=' is not an operator; did you mean '=='?")
        #expect(try message("schueler > 'abc'", "en") == "'>' cannot compare schueler (a number) with 'abc' (text)")
    }

    @Test func everyTypeHasGermanWords() {
        let types: [ExpressionType] = [
            .number, .text, .bool, .date, .choice(options: []), .choices(options: []), .ranking(options: []),
            .matrix(rows: [], cell: .number),
            .list(.number), .list(.text), .list(.bool), .list(.date),
        ]
        for type in types {
            #expect(ExpressionPhrases.german[type.phrase] != nil, "no German for \(type.phrase)")
        }
    }
}
