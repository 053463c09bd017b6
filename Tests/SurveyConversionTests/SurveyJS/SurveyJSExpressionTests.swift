import StrictJSON
import SurveyConversion
import SurveyModel
import Testing

/// SurveyJS conditions and what they become, read from the converted `visibleIf` of a last question.
struct SurveyJSExpressionTests {
    /// Earlier questions of every kind the conditions below read.
    private static let questions = """
        {"type": "radiogroup", "name": "school", "choices": ["gs", "ms", {"value": "very good", "text": "Very good"}]},
        {"type": "checkbox", "name": "services", "choices": ["moodle", "iserv"]},
        {"type": "text", "inputType": "number", "name": "pupils"},
        {"type": "boolean", "name": "concept", "valueTrue": "yes", "valueFalse": "no"},
        {"type": "text", "name": "remark"},
        {"type": "rating", "name": "satisfaction"},
        {"type": "matrix", "name": "wifi", "rows": ["hall", "class room"], "columns": [1, 2, 3]}
        """

    private func translated(_ condition: String) throws -> (String?, [String]) {
        let escaped = condition.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"")
        let conversion = try SurveyJSFixture.convert(
            json: #"{"elements": ["# + Self.questions + #", {"type": "comment", "name": "target", "visibleIf": ""#
                + escaped + #""}]}"#)
        #expect(conversion.result.survey != nil, "\(conversion.result.diagnostics.map(\.rendered))")
        let target = try SurveyJSFixture.questions(conversion).last
        return (target?["visibleIf"]?.string, conversion.warnings.map { $0.text(in: "en") })
    }

    @Test(arguments: [
        ("{school} = 'gs'", "school == 'gs'"),
        ("{School} == \"very good\"", "school == 'very_good'"),
        ("{school} != 'gs'", "not (school == 'gs')"),
        ("{school} anyof ['gs', 'ms']", "school in ['gs', 'ms']"),
        ("{school} notempty", "answered(school)"),
        ("{school} empty", "not answered(school)"),
        ("{school} = ''", "not answered(school)"),
        ("{services} contains 'moodle'", "services contains 'moodle'"),
        ("{services} notcontains 'moodle'", "not (services contains 'moodle')"),
        ("{services} anyof ['moodle', 'iserv']", "(services contains 'moodle' or services contains 'iserv')"),
        ("{services} allof ['moodle', 'iserv']", "services contains 'moodle' and services contains 'iserv'"),
        ("{services} noneof ['moodle']", "not ((services contains 'moodle'))"),
        ("{services.length} > 1", "count(services) > 1"),
        ("{pupils} > 200 and {pupils} <= 500", "pupils > 200 and pupils <= 500"),
        ("{pupils} greater '200'", "pupils > 200"),
        ("({pupils} + 10) * 2 >= 100", "(pupils + 10) * 2 >= 100"),
        ("{pupils} - ({pupils} - 1) = 1", "pupils - (pupils - 1) == 1"),
        ("sum({pupils}, 5) < 10 or {concept} = true", "sum(pupils, 5) < 10 or concept == true"),
        ("{concept} = 'yes'", "concept == true"),
        ("{concept} = 'no' && {remark} contains 'WLAN'", "concept == false and remark contains 'WLAN'"),
        ("!({satisfaction} >= 4)", "not (satisfaction >= 4)"),
        (
            "{satisfaction} >= 4 or {school} = 'ms' and {pupils} < 3",
            "satisfaction >= 4 or school == 'ms' and pupils < 3"
        ),
        (
            "({satisfaction} >= 4 or {school} = 'ms') and {pupils} < 3",
            "(satisfaction >= 4 or school == 'ms') and pupils < 3"
        ),
        ("{wifi.class room} >= 2", "wifi.class_room >= 2"),
        ("{concept}", "concept == true"),
        ("currentYear() - 2000 > {pupils}", "year(today()) - 2000 > pupils"),
    ])
    func translatableConditions(source: String, expected: String) throws {
        let (result, warnings) = try translated(source)
        #expect(result == expected, "\(warnings)")
    }

    @Test(arguments: [
        ("{pupils} % 2 = 0", "the operator “%” has no equivalent"),
        ("age({pupils}) > 3", "the function “age()” has no equivalent"),
        ("{unknown} = 1", "“{unknown}” is not a converted question"),
        ("{school} = 'hs'", "“hs” is not an option of “school”"),
        ("{school} = 'gs' and", "cannot be read at the end (character 20)"),
        ("{target} notempty", "“target” does not come before it"),
        ("{services} = 'moodle'", "this comparison with “=” cannot be carried over"),
    ])
    func untranslatableConditionsAreDroppedWithAReason(source: String, reason: String) throws {
        let (result, warnings) = try translated(source)
        #expect(result == nil)
        #expect(
            warnings.contains(
                "elements[7].visibleIf: condition “\(source)” not converted: \(reason); the question is always shown"),
            "\(warnings)")
    }

    @Test(arguments: [
        String(repeating: "(", count: 5000) + "{pupils} > 1",
        String(repeating: "!", count: 5000) + "{concept}",
        Array(repeating: "{pupils} > 1", count: 20000).joined(separator: " or "),
    ])
    func deepNestingIsRefusedNotOverflowed(source: String) throws {
        let (result, warnings) = try translated(source)
        #expect(result == nil)
        #expect(warnings.filter { $0.hasPrefix("elements[7].visibleIf: condition") }.count == 1)
    }

    @Test func aPanelPassesItsConditionOnAndRequiredIfAndValidatorsTranslate() throws {
        let conversion = try SurveyJSFixture.convert(
            json: """
                {"elements": [
                  {"type": "text", "inputType": "number", "name": "pupils"},
                  {"type": "panel", "name": "details", "title": "Details", "visibleIf": "{pupils} > 10", "elements": [
                    {"type": "text", "name": "reason", "visibleIf": "{pupils} < 100", "requiredIf": "{pupils} > 50",
                     "validators": [{"type": "expression", "expression": "{pupils} > 0", "text": "Bitte prüfen"}]}
                  ]}
                ]}
                """)
        let questions = try SurveyJSFixture.questions(conversion)
        #expect(questions.map { $0["id"]?.string } == ["pupils", "details", "reason"])
        #expect(questions[1]["type"] == "note")
        #expect(questions[2]["visibleIf"] == "(pupils > 10) and (pupils < 100)")
        #expect(questions[2]["requiredIf"] == "pupils > 50")
        #expect(questions[2]["validate"] == [["expr": "pupils > 0", "message": "Bitte prüfen"]])
        #expect(conversion.result.survey != nil)
    }
}
