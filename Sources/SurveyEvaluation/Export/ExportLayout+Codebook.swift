import SurveyModel

extension ExportLayout {
    /// The codebook rows: variable, question id, label, type, value labels (`code = label; …`).
    public var codebookRows: [[String]] {
        let fixed = [
            ["response", "", language == "en" ? "Response id" : "Kennung der Antwort", "text", ""],
            ["participant", "", language == "en" ? "Participant id" : "Kennung der Teilnehmenden", "text", ""],
            [
                "submitted", "", language == "en" ? "Time of submission (UTC)" : "Zeitpunkt der Einreichung (UTC)",
                "datetime", "",
            ],
        ]
        return fixed
            + columns.map { column in
                let type = survey.question(column.questionID)?.kind.typeName.rawValue ?? ""
                let values = column.valueLabels.map { "\($0.value) = \($0.label)" }.joined(separator: "; ")
                return [column.name, column.questionID, column.label, type, values]
            }
            + personalLeftOut.map { question in
                let note =
                    language == "en"
                    ? "not exported: personal data (survey export --include-personal)"
                    : "nicht exportiert: personenbezogene Angabe (survey export --include-personal)"
                return [
                    "", question.id, question.title?.text(in: language) ?? question.id, question.kind.typeName.rawValue,
                    note,
                ]
            }
    }

    /// The header of the codebook.
    public var codebookHeader: [String] {
        language == "en"
            ? ["variable", "question", "label", "type", "values"]
            : ["Variable", "Frage", "Bezeichnung", "Typ", "Werte"]
    }

    /// The codebook as a Markdown table.
    public var codebookMarkdown: String {
        func row(_ cells: [String]) -> String {
            "| " + cells.map { $0.replacing("|", with: "\\|") }.joined(separator: " | ") + " |"
        }
        let title = language == "en" ? "Codebook" : "Codebuch"
        return "# \(title): \(survey.title.text(in: language))\n\n" + row(codebookHeader) + "\n"
            + row(codebookHeader.map { _ in "---" }) + "\n" + codebookRows.map(row).joined(separator: "\n") + "\n"
    }
}
