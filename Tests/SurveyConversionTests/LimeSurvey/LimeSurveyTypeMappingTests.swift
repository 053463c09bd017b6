import StrictJSON
import SurveyConversion
import SurveyModel
import Testing

/// Each LimeSurvey question type, alone in a hand-made survey, becomes the question the docs' table names.
struct LimeSurveyTypeMappingTests {
    static let options: [(code: String, text: String)] = [("A1", "Eins"), ("A2", "Zwei")]
    static let rows: [(code: String, text: String)] = [("SQ001", "Zeile 1"), ("SQ002", "Zeile 2")]

    /// The converted definition as JSON, after checking that it loads without errors.
    static func converted(
        _ question: LSSDocument.Question, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws -> (definition: JSON, warnings: [String]) {
        let conversion = try LSSDocument(questions: [question]).convert()
        let errors = conversion.result.diagnostics.filter { $0.severity == .error }.map(\.message)
        #expect(errors.isEmpty, "\(errors)", sourceLocation: sourceLocation)
        let definition = JSON(try JSONDocument(parsing: conversion.bytes).root)
        return (definition, conversion.warnings.map { $0.text(in: "en") })
    }

    static func questions(_ definition: JSON) -> [JSON] {
        (definition["pages"]?.elements ?? []).flatMap { $0["questions"]?.elements ?? [] }
    }

    @Test(arguments: [
        ("L", "single"), ("!", "single"), ("O", "single"), ("G", "single"), ("M", "multiple"), ("P", "multiple"),
        ("N", "number"), ("S", "text"), ("T", "text"), ("U", "text"), ("F", "matrix"), ("H", "matrix"),
        ("1", "matrix"), ("A", "matrix"), ("B", "matrix"), ("C", "matrix"), ("E", "matrix"), ("R", "ranking"),
        ("D", "date"), ("Y", "boolean"), ("5", "scale"), ("X", "note"), ("*", "note"),
    ])
    func typeMapsTo(type: String, ours: String) throws {
        let question = LSSDocument.Question(
            qid: 1, type: type, code: "Q1", subquestions: Self.rows, answers: Self.options)
        let (definition, _) = try Self.converted(question)
        #expect(Self.questions(definition).map { $0["type"]?.string } == [ours])
    }

    @Test func listKeepsItsOptionsAndDropdownAndOther() throws {
        let (definition, _) = try Self.converted(
            LSSDocument.Question(qid: 1, type: "!", code: "Q1", mandatory: "Y", other: "Y", answers: Self.options))
        let question = try #require(Self.questions(definition).first)
        #expect(question["display"] == "dropdown")
        #expect(question["required"] == true)
        #expect(question["options"]?.elements?.map { $0["value"]?.string } == ["A1", "A2"])
        #expect(question["other"]?["label"] == "Sonstiges")
    }

    @Test func multipleChoiceWithCommentsWarnsAndKeepsLimits() throws {
        let (definition, warnings) = try Self.converted(
            LSSDocument.Question(
                qid: 1, type: "P", code: "Q1", subquestions: Self.rows + [("NONE", "Keine")],
                attributes: [("max_answers", "2"), ("exclude_all_others", "NONE")]))
        let question = try #require(Self.questions(definition).first)
        #expect(question["maxSelected"] == 2)
        #expect(question["options"]?.elements?.last?["exclusive"] == true)
        #expect(warnings == ["group 1 › question Q1 (line 19): the comment fields of the options are dropped"])
    }

    @Test func multipleNumericalBecomesOneNumberPerSubquestion() throws {
        let (definition, warnings) = try Self.converted(
            LSSDocument.Question(
                qid: 1, type: "K", code: "Q1", mandatory: "Y", subquestions: Self.rows,
                attributes: [("num_value_int_only", "1"), ("min_num_value_n", "0")]))
        let questions = Self.questions(definition)
        #expect(questions.map { $0["id"]?.string } == ["Q1_SQ001", "Q1_SQ002"])
        #expect(questions.map { $0["type"]?.string } == ["number", "number"])
        #expect(questions.first?["title"] == "Frage (de) – Zeile 1")
        #expect(questions.first?["integer"] == true)
        #expect(questions.first?["min"] == 0)
        #expect(questions.first?["required"] == true)
        #expect(
            warnings == ["group 1 › question Q1 (line 19): becomes 2 separate number questions, one per subquestion"])
    }

    @Test func arraysBecomeMatrices() throws {
        let flexible = try #require(
            Self.questions(
                try Self.converted(
                    LSSDocument.Question(qid: 1, type: "F", code: "Q1", subquestions: Self.rows, answers: Self.options)
                ).definition
            ).first)
        #expect(flexible["rows"]?.elements?.map { $0["value"]?.string } == ["SQ001", "SQ002"])
        #expect(flexible["options"]?.elements?.map { $0["value"]?.string } == ["A1", "A2"])
        let tenPoint = try #require(
            Self.questions(
                try Self.converted(LSSDocument.Question(qid: 1, type: "B", code: "Q1", subquestions: Self.rows))
                    .definition
            ).first)
        #expect(tenPoint["scale"] == ["from": 1, "to": 10])
        let yesNo = try #require(
            Self.questions(
                try Self.converted(LSSDocument.Question(qid: 1, type: "C", code: "Q1", subquestions: Self.rows))
                    .definition
            ).first)
        #expect(yesNo["options"]?.elements?.map { $0["label"]?.string } == ["Ja", "Nein", "Unsicher"])
    }

    @Test func rankingAndDateKeepTheirLimits() throws {
        let ranking = try #require(
            Self.questions(
                try Self.converted(
                    LSSDocument.Question(
                        qid: 1, type: "R", code: "Q1", answers: Self.options + [("A3", "Drei")],
                        attributes: [("max_subquestions", "2")])
                ).definition
            ).first)
        #expect(ranking["rankCount"] == 2)
        let date = try #require(
            Self.questions(
                try Self.converted(
                    LSSDocument.Question(
                        qid: 1, type: "D", code: "Q1",
                        attributes: [("date_min", "1910-01-01"), ("date_max", "(date('Y-m-d'))")])
                ).definition
            ).first)
        #expect(date["min"] == "1910-01-01")
        #expect(date["max"] == nil)
    }

    @Test func dualScaleWarnsAndKeepsTheFirstScale() throws {
        let (_, warnings) = try Self.converted(
            LSSDocument.Question(qid: 1, type: "1", code: "Q1", subquestions: Self.rows, answers: Self.options))
        #expect(warnings == ["group 1 › question Q1 (line 21): dual scale array: only the first scale is carried over"])
    }

    @Test(arguments: ["|", ";", ":"])
    func uploadsAndArraysOfTextsOrNumbersAreLeftOutWithAWarning(type: String) throws {
        let document = LSSDocument(questions: [
            .init(qid: 1, type: type, code: "Q1", subquestions: Self.rows),
            .init(qid: 2, type: "S", code: "Q2"),
        ])
        let conversion = try document.convert()
        #expect(conversion.result.survey?.questions.map(\.id) == ["Q2"])
        #expect(conversion.warnings.count == 1)
        #expect(conversion.warnings.first?.english.hasSuffix("the question was left out") == true)
    }

    @Test func textsTakeOneLineAndKeepTheirLanguages() throws {
        var document = LSSDocument(questions: [
            .init(qid: 1, type: "T", code: "Q1", text: "<p>Wie <b>gut</b>&nbsp;ist &auml;</p><p>es?</p>")
        ])
        document.languages = ["de-informal", "en", "xx"]
        let conversion = try document.convert()
        let definition = JSON(try JSONDocument(parsing: conversion.bytes).root)
        #expect(definition["languages"] == ["de", "en"])
        let question = try #require(Self.questions(definition).first)
        #expect(question["title"] == ["de": "Wie gut ist ä es? (de-informal)", "en": "Wie gut ist ä es? (en)"])
        #expect(question["multiline"] == true)
        #expect(
            conversion.warnings.map { $0.text(in: "en") } == [
                "survey (line 35): language 'xx' has no ISO 639-1 code and was left out"
            ])
    }

    @Test func codesThatAreNoIdsAreRenamedWithAWarning() throws {
        let document = LSSDocument(questions: [
            .init(qid: 1, type: "S", code: "1a"), .init(qid: 2, type: "S", code: "and"),
            .init(qid: 3, type: "S", code: "x"), .init(qid: 4, type: "S", code: "X"),
        ])
        let conversion = try document.convert()
        #expect(conversion.result.survey?.questions.map(\.id) == ["q1a", "and_", "x", "X_2"])
        #expect(conversion.warnings.count == 3)
    }

    @Test func anonymizedAndListedSurveysArePublicAndAnonymous() throws {
        var document = LSSDocument(questions: [.init(qid: 1, type: "S", code: "Q1")])
        document.anonymized = "Y"
        let survey = try #require(try document.convert().result.survey)
        #expect(survey.access == .public)
        #expect(survey.anonymous)
        document.listPublic = "N"
        let unlisted = try document.convert()
        #expect(unlisted.result.survey?.access == .token)
        #expect(unlisted.warnings.first?.english.contains("\"access\": \"token\"") == true)
    }
}
