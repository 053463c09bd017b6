import Testing

@testable import SurveyModel

/// Conditions whose parts joined by `and` exclude each other, so that no response can match.
struct ExpressionContradictionTests {
    @Test(arguments: [
        "schulart == 'gs' and schulart == 'ms'",
        "schulart in ['gs'] and schulart != 'gs'",
        "not (schulart in ['gs', 'ms']) and schulart == 'ms'",
        "schueler > 5 and schueler < 3",
        "schueler >= 5 and schueler < 5",
        "schueler == 7 and 10 < schueler",
        "participant.region == 'nord' and ssa and participant.region == 'sued'",
    ])
    func neverHolds(_ source: String) throws {
        #expect(try Expression.parse(source).neverHolds)
    }

    @Test(arguments: [
        "schulart == 'gs' or schulart == 'ms'",
        "schulart in ['gs', 'ms'] and schulart != 'gs'",
        "schueler >= 5 and schueler <= 5",
        "dienste contains 'mail' and dienste contains 'moodle'",
        "schulart == 'gs' and participant.region == 'sued'",
    ])
    func mayHold(_ source: String) throws {
        #expect(try !Expression.parse(source).neverHolds)
    }
}
