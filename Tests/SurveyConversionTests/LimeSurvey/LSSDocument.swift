import SurveyConversion

/// Small hand-made survey structures in LimeSurvey's 5.x layout, for one mapping at a time.
struct LSSDocument {
    struct Question {
        var qid: Int
        var type: String
        var code: String
        var text = "Frage"
        var group = 1
        var mandatory = "N"
        var other = "N"
        var relevance = "1"
        var subquestions: [(code: String, text: String)] = []
        var answers: [(code: String, text: String)] = []
        var attributes: [(name: String, value: String)] = []
    }

    var questions: [Question]
    var languages = ["de"]
    var groupRelevance = ["1"]
    var anonymized = "N"
    var listPublic = "Y"

    private func cell(_ name: String, _ value: String) -> String {
        "<\(name)><![CDATA[\(value)]]></\(name)>"
    }

    private func table(_ name: String, _ rows: [[(String, String)]]) -> String {
        let body = rows.map { row in "<row>" + row.map { cell($0.0, $0.1) }.joined() + "</row>" }.joined(
            separator: "\n")
        return "<\(name)><rows>\n\(body)\n</rows></\(name)>"
    }

    var xml: String {
        var questionRows: [[(String, String)]] = []
        var subquestionRows: [[(String, String)]] = []
        var textRows: [[(String, String)]] = []
        var answerRows: [[(String, String)]] = []
        var answerTextRows: [[(String, String)]] = []
        var attributeRows: [[(String, String)]] = []
        var nextID = 10_000
        for question in questions {
            questionRows.append([
                ("qid", "\(question.qid)"), ("parent_qid", "0"), ("sid", "1"), ("gid", "\(question.group)"),
                ("type", question.type), ("title", question.code), ("other", question.other),
                ("mandatory", question.mandatory), ("question_order", "\(question.qid)"), ("scale_id", "0"),
                ("relevance", question.relevance),
            ])
            for language in languages {
                textRows.append([
                    ("qid", "\(question.qid)"), ("question", "\(question.text) (\(language))"), ("language", language),
                ])
            }
            for (order, sub) in question.subquestions.enumerated() {
                nextID += 1
                subquestionRows.append([
                    ("qid", "\(nextID)"), ("parent_qid", "\(question.qid)"), ("sid", "1"), ("gid", "\(question.group)"),
                    ("type", "T"), ("title", sub.code), ("question_order", "\(order)"), ("scale_id", "0"),
                ])
                for language in languages {
                    textRows.append([("qid", "\(nextID)"), ("question", sub.text), ("language", language)])
                }
            }
            for (order, answer) in question.answers.enumerated() {
                nextID += 1
                answerRows.append([
                    ("aid", "\(nextID)"), ("qid", "\(question.qid)"), ("code", answer.code), ("sortorder", "\(order)"),
                    ("scale_id", "0"),
                ])
                for language in languages {
                    answerTextRows.append([("aid", "\(nextID)"), ("answer", answer.text), ("language", language)])
                }
            }
            for attribute in question.attributes {
                attributeRows.append([
                    ("qid", "\(question.qid)"), ("attribute", attribute.name), ("value", attribute.value),
                ])
            }
        }
        let groups = Set(questions.map(\.group)).sorted()
        let groupRows = groups.map { group in
            [
                ("gid", "\(group)"), ("sid", "1"), ("group_order", "\(group)"),
                ("grelevance", group <= groupRelevance.count ? groupRelevance[group - 1] : "1"),
            ]
        }
        let groupTextRows = groups.flatMap { group in
            languages.map { [("gid", "\(group)"), ("group_name", "Gruppe \(group)"), ("language", $0)] }
        }
        let settings = languages.map {
            [("surveyls_survey_id", "1"), ("surveyls_language", $0), ("surveyls_title", "Probe (\($0))")]
        }
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <document>
            <LimeSurveyDocType>Survey</LimeSurveyDocType>
            <DBVersion>495</DBVersion>
            <languages>\(languages.map { "<language>\($0)</language>" }.joined())</languages>
            \(table("answers", answerRows))
            \(table("answer_l10ns", answerTextRows))
            \(table("groups", groupRows))
            \(table("group_l10ns", groupTextRows))
            \(table("questions", questionRows))
            \(table("subquestions", subquestionRows))
            \(table("question_l10ns", textRows))
            \(table("question_attributes", attributeRows))
            \(table("surveys", [[
                ("sid", "1"), ("language", languages[0]),
                ("additional_languages", languages.dropFirst().joined(separator: " ")),
                ("anonymized", anonymized), ("listpublic", listPublic),
            ]]))
            \(table("surveys_languagesettings", settings))
            </document>
            """
    }

    func convert() throws -> Conversion {
        try LimeSurveyConverter.convert(Array(xml.utf8), surveyID: "probe")
    }
}
