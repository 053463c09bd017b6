import Foundation
import StrictJSON
import SurveyConversion
import SurveyModel
import SyntheticResponses
import Testing

/// The demo surveys of LimeSurvey's repository: each converts, loads, and can be answered.
struct LimeSurveyFixtureTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/limesurvey")

    static let fixtures = [
        "ls5_sample_survey_multilingual_fr_de_en_it", "ls191_sample_survey_multilingual", "ls205_group_relevance",
        "limesurvey_survey_demo",
    ]

    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: folder.appendingPathComponent("\(name).lss")))
    }

    static func convert(_ name: String) throws -> Conversion {
        try LimeSurveyConverter.convert(bytes(name), surveyID: "probe")
    }

    @Test(arguments: fixtures)
    func convertsAndLoadsWithoutErrors(name: String) throws {
        let conversion = try Self.convert(name)
        let errors = conversion.result.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map(\.message))")
        #expect(conversion.result.survey != nil)
    }

    /// Synthetic respondents answer each converted survey; the survey's own validation accepts every response.
    @Test(arguments: fixtures)
    func canBeAnswered(name: String) throws {
        let survey = try #require(try Self.convert(name).result.survey)
        let today = CalendarDate(year: 2026, month: 12, day: 5)
        var generator = ResponseGenerator(survey: survey, seed: 16, today: try #require(today))
        var answered = 0
        for _ in 0..<200 {
            let response = generator.next()
            let issues = survey.validate(
                response.answers, participant: response.participant, today: try #require(today))
            #expect(issues.isEmpty, "\(issues.map { "\($0.questionID): \($0.message(in: "en"))" })")
            answered += response.answers.count
        }
        #expect(answered > 0)
    }

    @Test func theMultilingualSampleKeepsItsLanguagesAndConditions() throws {
        let conversion = try Self.convert("ls5_sample_survey_multilingual_fr_de_en_it")
        let survey = try #require(conversion.result.survey)
        #expect(survey.languages == ["en", "fr", "it", "de"])
        #expect(survey.access == .public)
        #expect(survey.anonymous)
        let definition = JSON(try JSONDocument(parsing: conversion.bytes).root)
        let questions = (definition["pages"]?.elements ?? []).flatMap { $0["questions"]?.elements ?? [] }
        let note = try #require(questions.first { $0["id"] == "CC01" })
        // `282267X46X1436SQ201` is LimeSurvey's SGQA name of subquestion SQ201 of QCS2.
        #expect(
            note["visibleIf"]
                == "QCS1 contains 'SH101' and not (QCS3 == true) or QCS2 contains 'SQ201' and not (QCS3 == true)")
        #expect(
            conversion.warnings.map { $0.text(in: "en") }.prefix(2) == [
                "group 1 › question Q (line 2923): becomes 4 separate text questions, one per subquestion",
                "group 1 › question Q1 (line 2942): becomes 4 separate text questions, one per subquestion",
            ])
    }

    @Test func theOldLayoutKeepsItsLanguagesAndWarnsAboutWhatItDrops() throws {
        let conversion = try Self.convert("ls191_sample_survey_multilingual")
        let survey = try #require(conversion.result.survey)
        // `de-informal` is German; the base language comes first.
        #expect(survey.languages == ["en", "fr", "de"])
        let warnings = conversion.warnings.map { $0.text(in: "en") }
        #expect(
            warnings.contains(
                "group 1 › question ; (line 3453): arrays of texts do not exist here; the question was left out"))
        #expect(
            warnings.contains(
                "group 3 › question 5 (line 2611): the question code '5' is not a valid or free id here; now 'q5'"))
        #expect(
            warnings.contains(
                "group 3 › question 1 (line 3606): dual scale array: only the first scale is carried over"))
        // LimeSurvey 1.91 has no relevance equations; its conditions are translated instead.
        let definition = JSON(try JSONDocument(parsing: conversion.bytes).root)
        let questions = (definition["pages"]?.elements ?? []).flatMap { $0["questions"]?.elements ?? [] }
        #expect(
            questions.first { $0["id"] == "CC01" }?["visibleIf"]
                == "not (QCS3 == true) and QCS1 contains 'SH101' or QCS2 contains 'SQ201' and not (QCS3 == true)")
    }

    @Test func groupRelevanceBecomesPageConditions() throws {
        let conversion = try Self.convert("ls205_group_relevance")
        let survey = try #require(conversion.result.survey)
        #expect(survey.pages.count == 7)
        let definition = JSON(try JSONDocument(parsing: conversion.bytes).root)
        let pages = definition["pages"]?.elements ?? []
        #expect(
            pages.map { $0["visibleIf"]?.string } == [
                nil, "cohabs > 0", "cohabs > 1 and answered(p1rel)", "cohabs > 2 and answered(p2rel)",
                "cohabs > 3 and answered(p3rel)", "answered(cohabs)", nil,
            ])
        #expect(
            conversion.warnings.map { $0.text(in: "de") }.last
                == "group 7 › question comment (line 1043): Fragetext: Platzhalter {…} von ExpressionScript werden "
                + "nicht ersetzt, sondern so angezeigt")
        #expect(
            conversion.warnings.map { $0.text(in: "en") }.contains(
                "group 7 (line 489): condition \"!is_empty(cohabs) && count(p1rel.NAOK, p2rel.NAOK, p3rel.NAOK, "
                    + "p4rel.NAOK) == cohabs\" not carried over, always shown: count() counts answered questions in "
                    + "LimeSurvey but selected options here"))
    }

    @Test func aPluginFunctionIsReported() throws {
        let conversion = try Self.convert("limesurvey_survey_demo")
        #expect(conversion.result.survey?.access == .token)
        #expect(conversion.warnings.count == 6)
    }
}
