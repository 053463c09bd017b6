import CSVCodec
import SurveyModel

/// The columns of the raw-data export of a survey, shared by export, codebook and import.
///
/// One row per response, one column per question named by its id; a
/// multiple choice has one 0/1 column per option, a matrix one column per
/// row, a ranking one per place, and an "other" text its own column.
public struct ExportLayout: Sendable {
    /// Columns before the answers: the response, its participant, and when it was submitted.
    public static let fixedColumns = ["response", "participant", "submitted"]
    public let survey: Survey
    public let language: String
    public let columns: [ExportColumn]
    /// The personal-data questions whose columns were left out, in form order.
    public let personalLeftOut: [Question]

    /// - Parameter includesPersonal: Whether personal-data questions (`"personal": true`) get their
    ///   columns; raw data travel further than anyone intends, so they are left out unless asked for.
    public init(survey: Survey, language: String, includesPersonal: Bool = false) {
        self.survey = survey
        self.language = language
        personalLeftOut = includesPersonal ? [] : survey.questions.filter(\.personal)
        var columns: [ExportColumn] = []
        for question in survey.questions where question.kind.isAnswerable && (includesPersonal || !question.personal) {
            let title = question.title?.text(in: language) ?? question.id
            func categories(_ options: [Option]) -> [Category] {
                options.map { Category(value: $0.value, label: $0.label.text(in: language)) }
            }
            func scaleLabels(_ scale: ScaleSettings) -> [Category] {
                scale.points.map {
                    Category(value: String($0), label: scale.labels[$0]?.text(in: language) ?? String($0))
                }
                    + (scale.notApplicable.map {
                        [Category(value: Answer.notApplicableValue, label: $0.text(in: language))]
                    } ?? [])
            }
            let otherText = ExportColumn(
                name: "\(question.id)_other_text", questionID: question.id,
                label: "\(title): \(question.otherLabel?.text(in: language) ?? "")", content: .otherText)
            switch question.kind {
            case .note:
                continue
            case .single(let settings):
                let other =
                    settings.other.map { [Category(value: Question.otherValue, label: $0.text(in: language))] } ?? []
                columns.append(
                    ExportColumn(
                        name: question.id, questionID: question.id, label: title, content: .answer,
                        valueLabels: categories(settings.options) + other))
                if settings.other != nil { columns.append(otherText) }
            case .multiple(let settings):
                let yesNo = [
                    Category(value: "1", label: language == "en" ? "chosen" : "gewählt"),
                    Category(value: "0", label: language == "en" ? "not chosen" : "nicht gewählt"),
                ]
                for option in settings.options {
                    columns.append(
                        ExportColumn(
                            name: "\(question.id)_\(option.value)", questionID: question.id,
                            label: "\(title): \(option.label.text(in: language))", content: .option(option.value),
                            valueLabels: yesNo))
                }
                if let other = settings.other {
                    columns.append(
                        ExportColumn(
                            name: "\(question.id)_\(Question.otherValue)", questionID: question.id,
                            label: "\(title): \(other.text(in: language))", content: .option(Question.otherValue),
                            valueLabels: yesNo))
                    columns.append(otherText)
                }
            case .boolean(let settings):
                let labels = BooleanLabels(settings, language: language)
                columns.append(
                    ExportColumn(
                        name: question.id, questionID: question.id, label: title, content: .answer,
                        valueLabels: [Category(value: "1", label: labels.yes), Category(value: "0", label: labels.no)]))
            case .scale(let scale):
                columns.append(
                    ExportColumn(
                        name: question.id, questionID: question.id, label: title, content: .answer,
                        valueLabels: scaleLabels(scale)))
            case .matrix(let settings):
                let labels: [Category] =
                    switch settings.cells {
                    case .scale(let scale): scaleLabels(scale)
                    case .options(let options): categories(options)
                    }
                for row in settings.rows {
                    columns.append(
                        ExportColumn(
                            name: "\(question.id)_\(row.value)", questionID: question.id,
                            label: "\(title): \(row.label.text(in: language))", content: .matrixRow(row.value),
                            valueLabels: labels))
                }
            case .ranking(let settings):
                for rank in 1...max(settings.effectiveRankCount, 1) {
                    columns.append(
                        ExportColumn(
                            name: "\(question.id)_\(rank)", questionID: question.id,
                            label: "\(title): " + (language == "en" ? "place \(rank)" : "Platz \(rank)"),
                            content: .rank(rank),
                            valueLabels: categories(settings.options)))
                }
            case .text, .number, .date:
                columns.append(ExportColumn(name: question.id, questionID: question.id, label: title, content: .answer))
            }
        }
        self.columns = columns
    }

    /// The header row.
    public var header: [String] { Self.fixedColumns + columns.map(\.name) }

    /// The answer cells of one response, codes or (with `labels`) labels.
    ///
    /// Numbers, yes/no, scale points and chosen/not chosen are number cells, so
    /// spreadsheets can compute with them; everything else is text, which the
    /// CSV writer guards against formulas.
    /// - Parameter decimalComma: Write decimal numbers with a comma, as German Excel reads them.
    public func cells(_ answers: Answers, labels: Bool, decimalComma: Bool = false) -> [CSVCell] {
        columns.map { column in
            Self.csvCell(
                Self.value(column, answers[column.questionID]), of: column, labels: labels, decimalComma: decimalComma)
        }
    }

    /// How the CSV export writes `value` of `column`: its code, or with `labels` its option label.
    static func csvCell(_ value: ExportValue, of column: ExportColumn?, labels: Bool, decimalComma: Bool) -> CSVCell {
        let cell = value.csvCell(decimalComma: decimalComma)
        guard labels, let column, let label = column.valueLabels.first(where: { $0.value == cell.content })?.label
        else { return cell }
        return .text(label)
    }

    /// A column's typed value for an answer; `.empty` when the answer does not fill it.
    public static func value(_ column: ExportColumn, _ answer: Answer?) -> ExportValue {
        guard let answer else { return .empty }
        switch (column.content, answer) {
        case (.answer, .text(let text)): return .text(text)
        case (.answer, .number(let number)): return .number(number)
        case (.answer, .single(let choice)): return .text(choice.value)
        case (.answer, .boolean(let value)): return .number(value ? 1 : 0)
        case (.answer, .scale(.point(let point))): return .number(Double(point))
        case (.answer, .scale(.notApplicable)): return .notApplicable
        case (.answer, .date(let date)): return .date(date)
        case (.otherText, .single(.other(let text))): return .text(text)
        case (.otherText, .multiple(let choice)): return choice.other.map(ExportValue.text) ?? .empty
        case (.option(let value), .multiple(let choice)): return .number(choice.allValues.contains(value) ? 1 : 0)
        case (.matrixRow(let row), .matrix(let cells)):
            switch cells[row] {
            case .point(let point)?: return .number(Double(point))
            case .option(let value)?: return .text(value)
            case .notApplicable?: return .notApplicable
            case nil: return .empty
            }
        case (.rank(let rank), .ranking(let order)):
            return order.indices.contains(rank - 1) ? .text(order[rank - 1]) : .empty
        default: return .empty
        }
    }
}
