import Foundation
import SurveyModel

extension ExportLayout {
    /// Reads the answers of one row in the export's own shape; codes or labels, decimal point or comma.
    ///
    /// - Parameters:
    ///   - fields: The row's fields.
    ///   - positions: Field position of each column by column name (from the header).
    ///   - row: The row number for problems.
    /// - Returns: The answers, and a problem for every cell that cannot be read.
    public func answers(_ fields: [String], positions: [String: Int], row: Int) -> (Answers, [ImportProblem]) {
        var answers = Answers()
        var problems: [ImportProblem] = []
        func cell(_ column: ExportColumn) -> String? {
            guard let position = positions[column.name], fields.indices.contains(position) else { return nil }
            let text = fields[position].trimmingCharacters(in: .whitespaces)
            return text.isEmpty ? nil : text
        }
        func problem(_ column: ExportColumn, _ message: String) {
            problems.append(ImportProblem(row: row, column: column.name, message: message))
        }
        /// The code for a cell given as a code or as its label.
        func code(_ text: String, _ column: ExportColumn) -> String? {
            if column.valueLabels.contains(where: { $0.value == text }) { return text }
            return column.valueLabels.first { $0.label.lowercased() == text.lowercased() }?.value
        }
        func expected(_ column: ExportColumn) -> String {
            let codes = column.valueLabels.map(\.value).joined(separator: ", ")
            return "expected one of \(codes) (or their labels)"
        }
        let byQuestion = Dictionary(grouping: columns, by: \.questionID)
        for question in survey.questions where question.kind.isAnswerable {
            let columns = byQuestion[question.id] ?? []
            guard let main = columns.first else { continue }
            switch question.kind {
            case .note:
                continue
            case .text:
                if let text = cell(main) { answers[question.id] = .text(text) }
            case .number:
                guard let text = cell(main) else { continue }
                if let number = Double(text.replacing(",", with: ".")), number.isFinite {
                    answers[question.id] = .number(number)
                } else {
                    problem(main, "\"\(text)\" is not a number")
                }
            case .date:
                guard let text = cell(main) else { continue }
                if let date = CalendarDate(iso: text) ?? Self.germanDate(text) {
                    answers[question.id] = .date(date)
                } else {
                    problem(main, "\"\(text)\" is not a date; write 2026-03-01 or 01.03.2026")
                }
            case .boolean:
                guard let text = cell(main) else { continue }
                switch code(text, main) ?? text.lowercased() {
                case "1", "true", "ja", "yes": answers[question.id] = .boolean(true)
                case "0", "false", "nein", "no": answers[question.id] = .boolean(false)
                default: problem(main, "\"\(text)\" is not yes or no; write 1 or 0")
                }
            case .scale:
                guard let text = cell(main) else { continue }
                guard let value = code(text, main) else {
                    problem(main, "\"\(text)\": \(expected(main))")
                    continue
                }
                answers[question.id] = .scale(Int(value).map(ScaleAnswer.point) ?? .notApplicable)
            case .single:
                guard let text = cell(main) else { continue }
                guard let value = code(text, main) else {
                    problem(main, "\"\(text)\": \(expected(main))")
                    continue
                }
                if value == Question.otherValue {
                    let other = columns.first { $0.content == .otherText }.flatMap(cell) ?? ""
                    answers[question.id] = .single(.other(other))
                } else {
                    answers[question.id] = .single(.option(value))
                }
            case .multiple:
                var chosen: [String] = []
                var any = false
                for column in columns {
                    guard case .option(let value) = column.content, let text = cell(column) else { continue }
                    any = true
                    switch code(text, column) {
                    case "1": chosen.append(value)
                    case "0": break
                    default: problem(column, "\"\(text)\" is neither 1 (chosen) nor 0")
                    }
                }
                guard any else { continue }
                let other =
                    chosen.contains(Question.otherValue)
                    ? (columns.first { $0.content == .otherText }.flatMap(cell) ?? "") : nil
                answers[question.id] = .multiple(
                    MultipleChoiceAnswer(values: chosen.filter { $0 != Question.otherValue }, other: other))
            case .matrix(let settings):
                var cells: [String: MatrixCell] = [:]
                for column in columns {
                    guard case .matrixRow(let row) = column.content, let text = cell(column) else { continue }
                    guard let value = code(text, column) else {
                        problem(column, "\"\(text)\": \(expected(column))")
                        continue
                    }
                    switch settings.cells {
                    case .scale: cells[row] = Int(value).map(MatrixCell.point) ?? .notApplicable
                    case .options: cells[row] = .option(value)
                    }
                }
                if !cells.isEmpty { answers[question.id] = .matrix(cells) }
            case .ranking:
                var order: [String] = []
                for column in columns {
                    guard let text = cell(column) else { continue }
                    guard let value = code(text, column) else {
                        problem(column, "\"\(text)\": \(expected(column))")
                        continue
                    }
                    order.append(value)
                }
                if !order.isEmpty { answers[question.id] = .ranking(order) }
            }
        }
        return (answers, problems)
    }

    /// Reads `01.03.2026`, as German Excel writes dates.
    static func germanDate(_ text: String) -> CalendarDate? {
        let parts = text.split(separator: ".")
        guard parts.count == 3, let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2]) else {
            return nil
        }
        return CalendarDate(year: year, month: month, day: day)
    }
}
