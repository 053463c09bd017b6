import Foundation
import StrictJSON
import SurveyConversion
import SurveyModel
import SyntheticResponses
import Testing

/// Real SurveyJS files: each converts, loads without errors and can be answered.
struct SurveyJSFixtureTests {
    @Test(arguments: SurveyJSFixture.files)
    func eachFixtureConvertsAndLoads(name: String) throws {
        let conversion = try SurveyJSFixture.convert(name)
        let errors = conversion.result.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map(\.rendered))")
        #expect(conversion.result.survey?.questions.isEmpty == false)
    }

    /// Answered by generated participants: every response the generator draws is accepted by the survey's own checks.
    @Test(arguments: SurveyJSFixture.files)
    func eachFixtureCanBeAnswered(name: String) throws {
        let survey = try #require(try SurveyJSFixture.convert(name).result.survey)
        let today = try #require(CalendarDate(year: 2026, month: 12, day: 5))
        var generator = ResponseGenerator(survey: survey, seed: 16, today: today)
        for number in 1...200 {
            let response = generator.next()
            let issues = survey.validate(response.answers, participant: response.participant, today: today)
            #expect(issues.isEmpty, "response \(number): \(issues.map { "\($0.questionID): \($0.message(in: "en"))" })")
            if !issues.isEmpty { break }
        }
    }

    @Test func localizedTextsBecomeLanguageMaps() throws {
        let definition = try SurveyJSFixture.definition(try SurveyJSFixture.convert("medical-service.json"))
        #expect(definition["languages"] == ["en", "de"])
        let page = try #require(definition["pages"]?.elements?.first)
        #expect(page["title"] == ["en": "Scheduling / Service Delivery", "de": "Terminierung / Service Lieferung"])
        let question = try #require(page["questions"]?.elements?.first)
        #expect(question["options"]?.elements?.first == ["value": "yes", "label": ["en": "Yes", "de": "Ja"]])
    }

    @Test func theNPSSurveyGivesExactlyTheseWarnings() throws {
        let conversion = try SurveyJSFixture.convert("nps-feedback.json")
        #expect(
            conversion.warnings.map { $0.text(in: "en") } == [
                "completedHtmlOnCondition: “completedHtmlOnCondition” is not carried over",
                "title: the survey has no title; its id is used",
                "pages[0].elements[1].choices: values changed to fit: “User interface” → User_interface, "
                    + "“Complete functionality” → Complete_functionality, “Learning materials (documentation, demos, "
                    + "code examples)” → Learning_materials_documentation_demos, “Quality support” → Quality_support",
            ])
        let questions = try SurveyJSFixture.questions(conversion)
        #expect(questions[1]["visibleIf"] == "nps_score >= 9")
        #expect(questions[1]["maxSelected"] == 3)
        #expect(questions[2]["visibleIf"] == "nps_score >= 7 and nps_score <= 8")
        #expect(
            conversion.warnings[1].text(in: "de") == "title: Die Umfrage hat keinen Titel; die Kennung wird verwendet.")
    }

    @Test func aJavaScriptObjectLiteralIsRefusedWithLineAndColumn() throws {
        let bytes = try SurveyJSFixture.bytes("product-feedback-literal.js")
        #expect {
            try SurveyJSConverter.convert(bytes, id: "umfrage", file: "product-feedback-literal.js")
        } throws: { error in
            guard case .syntax(let diagnostics) = error as? SurveyJSConversionError else { return false }
            let first = diagnostics.first
            return first?.location == SourceLocation(line: 1, column: 3)
                && (error as? SurveyJSConversionError)?.message(in: .en).hasPrefix(
                    "product-feedback-literal.js:1:3: error:") == true
                && (error as? SurveyJSConversionError)?.message(in: .de).contains("Schlüssel") == true
        }
    }

    @Test func aByteOrderMarkIsSkipped() throws {
        let conversion = try SurveyJSConverter.convert(
            [0xEF, 0xBB, 0xBF] + Array(#"{"elements": [{"type": "text", "name": "q"}]}"#.utf8), id: "umfrage", file: "x"
        )
        #expect(conversion.result.survey != nil)
    }

    @Test func filesOverTheLimitAreRefused() {
        let bytes = [UInt8](repeating: 0x20, count: SurveyJSConverter.maximumFileSize + 1)
        #expect {
            try SurveyJSConverter.convert(bytes, id: "umfrage", file: "big.json")
        } throws: { error in
            guard case .tooLarge(let limit) = error as? SurveyJSConversionError else { return false }
            return limit == 16 << 20 && (error as? SurveyJSConversionError)?.message(in: .de).contains("16 MiB") == true
        }
    }

    @Test(arguments: [#"[1, 2]"#, #"{"title": "x"}"#, #"{"pages": 3}"#])
    func jsonThatIsNoSurveyIsRefused(text: String) {
        #expect {
            try SurveyJSFixture.convert(json: text)
        } throws: { error in
            guard case .notASurvey = error as? SurveyJSConversionError else { return false }
            return true
        }
    }

    /// Inputs that once crashed the fuzzer (`bench/fuzz/surveyjs`) convert without a trap.
    @Test(arguments: ["crash-rating-huge-maximum.json"])
    func fuzzerFindingsStayFixed(name: String) throws {
        #expect(try SurveyJSFixture.convert(name).result.survey != nil)
    }

    /// Seeded random byte flips of every fixture: each gives a conversion or an error, never a trap.
    @Test(arguments: SurveyJSFixture.files + ["product-feedback-literal.js"])
    func randomByteFlipsNeverTrap(name: String) throws {
        let original = try SurveyJSFixture.bytes(name)
        var state: UInt64 = 0x5EED_0016
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        var converted = 0
        for _ in 0..<150 {
            var bytes = original
            for _ in 0..<(1 + next() % 4) {
                bytes[next() % bytes.count] = UInt8(truncatingIfNeeded: next())
            }
            if (try? SurveyJSConverter.convert(bytes, id: "umfrage", file: name)) != nil { converted += 1 }
        }
        #expect(converted >= 0)
    }
}
