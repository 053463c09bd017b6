import Markup
import SurveyEvaluation
import SurveyExport
import SurveyModel
import SurveyStore

/// The page „Daten exportieren“: a form choosing format, codes or labels, language and personal data,
/// posted to download the file. Without script: radio buttons, a checkbox and one button.
struct OfficeExportPage {
    let survey: Survey
    let ui: UILanguage
    let csrf: String
    /// Submitted responses the export would hold.
    let responseCount: Int

    /// A choice on the page: a format with the variant of it.
    enum Choice: String, CaseIterable, Sendable {
        case xlsx
        case csvExcel = "csv-excel"
        case csv
        case spss
        case sps
        case r
        case parquet
        case json

        var format: ExportFormat {
            switch self {
            case .xlsx: .xlsx
            case .csvExcel, .csv: .csv
            case .spss: .spss
            case .sps: .sps
            case .r: .r
            case .parquet: .parquet
            case .json: .json
            }
        }

        /// How the values are written: the scripts read the codes and label them themselves.
        func options(labels: Bool, exportedAt: Timestamp) -> ExportOptions {
            ExportOptions(
                labels: labels && format != .r && format != .sps, excel: self == .csvExcel, exportedAt: exportedAt)
        }
    }

    func render(into html: inout HTMLBuilder) {
        html.element("p", text: ExportPhrase.intro.text(ui))
        html.element("p", [HTMLAttribute("class", "notice")], text: ExportPhrase.privacy.text(ui))
        html.element("p", text: ExportPhrase.responses(responseCount).text(ui))
        html.element(
            "form", [HTMLAttribute("method", "post"), HTMLAttribute("action", "/admin/s/\(survey.id)/export")]
        ) { html in
            html.void(
                "input",
                [HTMLAttribute("type", "hidden"), HTMLAttribute("name", "_csrf"), HTMLAttribute("value", csrf)])
            html.element("fieldset", [HTMLAttribute("class", "question")]) { html in
                html.element("legend", text: ExportPhrase.format.text(ui))
                for (index, choice) in Choice.allCases.enumerated() {
                    radio(
                        "format", choice.rawValue, id: "format-\(choice.rawValue)", checked: index == 0,
                        label: ExportPhrase.formatName(choice.rawValue).text(ui),
                        hint: ExportPhrase.formatHint(choice.rawValue).text(ui), into: &html)
                }
            }
            html.element("fieldset", [HTMLAttribute("class", "question")]) { html in
                html.element("legend", text: ExportPhrase.values.text(ui))
                radio(
                    "values", "codes", id: "values-codes", checked: true, label: ExportPhrase.codes.text(ui),
                    into: &html)
                radio(
                    "values", "labels", id: "values-labels", checked: false, label: ExportPhrase.labels.text(ui),
                    into: &html)
            }
            if survey.languages.count > 1 {
                html.element("fieldset", [HTMLAttribute("class", "question")]) { html in
                    html.element("legend", text: ExportPhrase.language.text(ui))
                    for language in survey.languages {
                        radio(
                            "language", language, id: "language-\(language)",
                            checked: language
                                == (survey.languages.contains(ui.rawValue) ? ui.rawValue : survey.defaultLanguage),
                            label: language == "en" ? "English" : language == "de" ? "Deutsch" : language, into: &html)
                    }
                }
            }
            let personal = survey.questions.filter(\.personal)
            if !personal.isEmpty {
                html.element("fieldset", [HTMLAttribute("class", "question")]) { html in
                    html.element("legend", text: ExportPhrase.personalData.text(ui))
                    choice(
                        type: "checkbox", "personal", "1", id: "personal", checked: false,
                        label: ExportPhrase.personal.text(ui),
                        hint: ExportPhrase.personalHint.text(ui)
                            + personal.map { $0.title?.text(in: ui.rawValue) ?? $0.id }.joined(separator: ", "),
                        into: &html)
                }
            }
            html.element("div", [HTMLAttribute("class", "actions")]) { html in
                html.element(
                    "button", [HTMLAttribute("type", "submit"), HTMLAttribute("class", "primary")],
                    text: ExportPhrase.download.text(ui))
            }
        }
    }

    private func radio(
        _ name: String, _ value: String, id: String, checked: Bool, label: String, hint: String? = nil,
        into html: inout HTMLBuilder
    ) {
        choice(type: "radio", name, value, id: id, checked: checked, label: label, hint: hint, into: &html)
    }

    /// A radio button or checkbox with its label beside it and its hint below.
    private func choice(
        type: String, _ name: String, _ value: String, id: String, checked: Bool, label: String, hint: String?,
        into html: inout HTMLBuilder
    ) {
        html.element("div") { html in
            html.void(
                "input",
                [
                    HTMLAttribute("type", type), HTMLAttribute("id", id), HTMLAttribute("name", name),
                    HTMLAttribute("value", value), HTMLAttribute("checked", checked ? "" : nil),
                    HTMLAttribute("aria-describedby", hint.map { _ in "\(id)-hint" }),
                ])
            html.text(" ")
            html.element("label", [HTMLAttribute("for", id)], text: label)
            if let hint {
                html.element("p", [HTMLAttribute("class", "help"), HTMLAttribute("id", "\(id)-hint")], text: hint)
            }
        }
    }
}
