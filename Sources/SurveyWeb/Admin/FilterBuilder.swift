import Foundation
import HTTPServer
import Markup
import SurveyModel

/// The filter for people who do not write expressions: a question or participant field,
/// an operator and a value, chosen in selects and turned into the expression on the server.
///
/// It works without script in two steps: „Antwortmöglichkeiten anzeigen“ sends
/// the chosen question back, and the page returns with the operators and
/// values that suit it; „Filter übernehmen“ writes the expression into the
/// expert field and shows the filtered report.
struct FilterBuilder {
    /// A question or participant field the builder offers.
    struct Subject {
        enum Kind { case choice, choices, yesNo, number, date }
        let id: String
        let label: String
        let kind: Kind
        /// Values and labels of its options (for yes/no: `true`/`false`).
        let options: [(value: String, label: String)]
    }

    let survey: Survey
    let ui: UILanguage
    /// The chosen subject's id, operator and value, as sent.
    let subjectID: String?
    let op: String?
    let value: String?
    /// Whether „Filter übernehmen“ was pressed (rather than „Antwortmöglichkeiten anzeigen“ or the main button).
    let applies: Bool

    init(survey: Survey, ui: UILanguage, query: URLEncodedForm?) {
        self.survey = survey
        self.ui = ui
        subjectID = query?["subject"].flatMap { $0.isEmpty ? nil : $0 }
        op = query?["op"]
        value = query?["value"].map { $0.trimmingCharacters(in: .whitespaces) }
        applies = query?["builder"] == "apply"
    }

    private var german: Bool { ui == .de }
    private func pick(_ de: String, _ en: String) -> String { german ? de : en }

    /// Every subject on offer: participant fields with options, then the questions that compare simply.
    var subjects: [Subject] {
        let language = ui.rawValue
        let fields = survey.participantFields.filter { !$0.options.isEmpty }.map { field in
            Subject(
                id: "participant.\(field.id)", label: field.label.text(in: language), kind: .choice,
                options: field.options.map { ($0.value, $0.label.text(in: language)) })
        }
        let questions = survey.questions.compactMap { question -> Subject? in
            let label = question.title?.text(in: language) ?? question.id
            let options = question.options.map { (value: $0.value, label: $0.label.text(in: language)) }
            let kind: Subject.Kind
            switch question.kind {
            case .single: kind = .choice
            case .multiple, .ranking: kind = .choices
            case .number, .scale: kind = .number
            case .date: kind = .date
            case .boolean(let settings):
                return Subject(
                    id: question.id, label: label, kind: .yesNo,
                    options: [
                        ("true", settings.trueLabel?.text(in: language) ?? Phrase.yes.text(ui)),
                        ("false", settings.falseLabel?.text(in: language) ?? Phrase.no.text(ui)),
                    ])
            default: return nil
            }
            return Subject(id: question.id, label: label, kind: kind, options: options)
        }
        return fields + questions
    }

    private var subject: Subject? { subjectID.flatMap { id in subjects.first { $0.id == id } } }

    /// The operators that suit a kind of subject, as query value and words.
    private func operators(for kind: Subject.Kind?) -> [(op: String, words: String)] {
        let equal = [("eq", pick("ist", "is")), ("ne", pick("ist nicht", "is not"))]
        let contains = [
            ("contains", pick("enthält", "includes")), ("excludes", pick("enthält nicht", "does not include")),
        ]
        let order = [
            ("lt", pick("ist kleiner als", "is less than")), ("le", pick("ist höchstens", "is at most")),
            ("gt", pick("ist größer als", "is more than")), ("ge", pick("ist mindestens", "is at least")),
        ]
        let dates = [
            ("lt", pick("liegt vor dem", "is before")), ("le", pick("liegt spätestens am", "is on or before")),
            ("gt", pick("liegt nach dem", "is after")), ("ge", pick("liegt frühestens am", "is on or after")),
        ]
        return switch kind {
        case .choice, .yesNo: equal
        case .choices: contains
        case .number: equal + order
        case .date: equal + dates
        case nil: equal + contains + order
        }
    }

    /// The expression the builder's choice stands for, when „Filter übernehmen“ was pressed with all three.
    var expression: Result<String, BuilderProblem>? {
        guard applies, let subjectID else { return nil }
        guard let value, !value.isEmpty else { return .failure(.missingValue) }
        let kind = subject?.kind
        let literal: String
        switch kind {
        case .number:
            guard let number = Double(value.replacing(",", with: ".")), number.isFinite else {
                return .failure(.notANumber(value))
            }
            literal = number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
        case .date:
            guard let iso = Self.isoDate(value) else { return .failure(.notADate(value)) }
            literal = FilterRepair.quoted(iso)
        case .yesNo where value == "true" || value == "false":
            literal = value
        default:
            literal = FilterRepair.quoted(value)
        }
        let symbols = ["eq": "==", "ne": "!=", "lt": "<", "le": "<=", "gt": ">", "ge": ">="]
        switch op {
        case "contains": return .success("\(subjectID) contains \(literal)")
        case "excludes": return .success("not (\(subjectID) contains \(literal))")
        case let op?: return .success("\(subjectID) \(symbols[op] ?? "==") \(literal)")
        case nil: return .success("\(subjectID) == \(literal)")
        }
    }

    /// Why the builder's choice makes no filter.
    enum BuilderProblem: Error {
        case missingValue
        case notANumber(String)
        case notADate(String)

        func message(_ ui: UILanguage) -> String {
            let german = ui == .de
            return switch self {
            case .missingValue:
                german ? "Bitte wählen Sie einen Wert für den Filter." : "Please choose a value for the filter."
            case .notANumber(let text):
                german
                    ? "„\(text)“ ist keine Zahl; schreiben Sie z. B. 200 oder 2,5."
                    : "“\(text)” is not a number; write e.g. 200 or 2.5."
            case .notADate(let text):
                german
                    ? "„\(text)“ ist kein Datum; schreiben Sie z. B. 01.08.2024."
                    : "“\(text)” is not a date; write e.g. 2024-08-01."
            }
        }
    }

    /// `01.08.2024` or `2024-08-01` as `2024-08-01`; nil for anything else.
    static func isoDate(_ text: String) -> String? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        let iso =
            parts.count == 3
            ? "\(parts[2])-\(parts[1].count == 1 ? "0" : "")\(parts[1])-\(parts[0].count == 1 ? "0" : "")\(parts[0])"
            : text
        return ExpressionValue.isoDate(iso) == nil ? nil : iso
    }

    /// The builder's fieldset, inside the report's GET form.
    func render(into html: inout HTMLBuilder) {
        let chosen = subject
        html.element("fieldset", [HTMLAttribute("class", "filter-builder")]) { html in
            html.element("legend", text: pick("Filter zusammenstellen", "Build a filter"))
            html.element(
                "p", [HTMLAttribute("class", "help"), HTMLAttribute("id", "builder-help")],
                text: pick(
                    "Wählen Sie eine Frage oder ein Teilnehmerfeld, dann eine Bedingung und einen Wert. Ohne JavaScript zeigt „Antwortmöglichkeiten anzeigen“ die passenden Werte.",
                    "Choose a question or participant field, then a condition and a value. Without JavaScript, “Show the options” lists the values that fit."
                ))
            html.element("div", [HTMLAttribute("class", "builder-row")]) { html in
                html.element("div", [HTMLAttribute("class", "builder-field")]) { html in
                    html.element(
                        "label", [HTMLAttribute("for", "subject")],
                        text: pick("Frage oder Teilnehmerfeld", "Question or participant field"))
                    html.element(
                        "select",
                        [
                            HTMLAttribute("id", "subject"), HTMLAttribute("name", "subject"),
                            HTMLAttribute("aria-describedby", "builder-help"),
                        ]
                    ) { html in
                        html.element(
                            "option", [HTMLAttribute("value", "")], text: pick("– bitte wählen –", "– please choose –"))
                        group(
                            pick("Teilnehmerfelder", "Participant fields"),
                            subjects.filter { $0.id.hasPrefix("participant.") }, chosen, into: &html)
                        group(
                            pick("Fragen", "Questions"), subjects.filter { !$0.id.hasPrefix("participant.") }, chosen,
                            into: &html)
                    }
                }
                html.element("div", [HTMLAttribute("class", "builder-field")]) { html in
                    html.element("label", [HTMLAttribute("for", "op")], text: pick("Bedingung", "Condition"))
                    html.element("select", [HTMLAttribute("id", "op"), HTMLAttribute("name", "op")]) { html in
                        for (code, words) in operators(for: chosen?.kind) {
                            html.element(
                                "option",
                                [HTMLAttribute("value", code), HTMLAttribute("selected", op == code ? "" : nil)],
                                text: words)
                        }
                    }
                }
                html.element("div", [HTMLAttribute("class", "builder-field")]) { html in
                    html.element("label", [HTMLAttribute("for", "value")], text: pick("Wert", "Value"))
                    if let chosen, !chosen.options.isEmpty {
                        html.element("select", [HTMLAttribute("id", "value"), HTMLAttribute("name", "value")]) { html in
                            for option in chosen.options {
                                html.element(
                                    "option",
                                    [
                                        HTMLAttribute("value", option.value),
                                        HTMLAttribute("selected", value == option.value ? "" : nil),
                                    ],
                                    text: option.label)
                            }
                        }
                    } else {
                        html.void(
                            "input",
                            [
                                HTMLAttribute("type", "text"), HTMLAttribute("id", "value"),
                                HTMLAttribute("name", "value"),
                                HTMLAttribute("value", value ?? ""),
                                HTMLAttribute("inputmode", chosen?.kind == .number ? "decimal" : nil),
                            ])
                    }
                }
            }
            html.element("div", [HTMLAttribute("class", "actions")]) { html in
                html.element(
                    "button",
                    [
                        HTMLAttribute("type", "submit"), HTMLAttribute("name", "builder"),
                        HTMLAttribute("value", "choose"),
                    ],
                    text: pick("Antwortmöglichkeiten anzeigen", "Show the options"))
                html.element(
                    "button",
                    [
                        HTMLAttribute("type", "submit"), HTMLAttribute("name", "builder"),
                        HTMLAttribute("value", "apply"),
                        HTMLAttribute("class", "primary"),
                    ], text: pick("Filter übernehmen", "Apply the filter"))
            }
        }
    }

    private func group(_ label: String, _ subjects: [Subject], _ chosen: Subject?, into html: inout HTMLBuilder) {
        guard !subjects.isEmpty else { return }
        html.element("optgroup", [HTMLAttribute("label", label)]) { html in
            for subject in subjects {
                html.element(
                    "option",
                    [
                        HTMLAttribute("value", subject.id),
                        HTMLAttribute("selected", chosen?.id == subject.id ? "" : nil),
                    ],
                    text: subject.label)
            }
        }
    }
}
