import Testing

@testable import SurveyConversion

/// LimeSurvey's conditions as the equation LimeSurvey derives from them.
struct LegacyConditionsTests {
    typealias Condition = LimeSurveyStructure.Condition

    @Test func alternativesOnOneAnswerAllAnswersAndAnyScenario() {
        let conditions = [
            Condition(scenario: "1", field: "1X2X3", method: "==", value: "A1"),
            Condition(scenario: "1", field: "1X2X4", method: "!=", value: "Y"),
            Condition(scenario: "1", field: "1X2X3", method: "==", value: "A2"),
            Condition(scenario: "2", field: "1X2X5", method: ">", value: " 3 "),
        ]
        #expect(
            LegacyConditions.equation(conditions)
                == #"((1X2X3 == "A1" or 1X2X3 == "A2") and (1X2X4 != "Y")) or ((1X2X5 > "3"))"#)
    }

    @Test func regularExpressionsAndOtherAnswersStayRecognisable() {
        let conditions = [
            Condition(scenario: "1", field: "1X2X3", method: "RX", value: #"^\d"#),
            Condition(scenario: "1", field: "1X2X4", method: "==", value: "@1X2X3@"),
        ]
        #expect(LegacyConditions.equation(conditions) == #"((regexMatch("^\\d", 1X2X3)) and (1X2X4 == 1X2X3))"#)
    }
}
