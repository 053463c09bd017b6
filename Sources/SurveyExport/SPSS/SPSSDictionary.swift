import SPSSSystemFile
import SurveyEvaluation
import SurveyModel
import SurveyStore

/// The SPSS side of an export table: valid names, and per variable what SPSS is told about it.
///
/// The system file (`.sav`) and the syntax (`.sps`) both take their names, labels, formats and
/// missing values from here, so the two ways into SPSS give the same dictionary.
struct SPSSDictionary {
    let table: ExportTable
    /// The SPSS name of each variable, in the table's order (see ``SPSSName/uniqueNames(for:)``).
    let names: [String]

    init(_ table: ExportTable) {
        self.table = table
        names = SPSSName.uniqueNames(for: table.variables.map(\.name))
    }

    /// The variables of the system file, sized to the table's values.
    var systemFileVariables: [SystemFileVariable] {
        zip(table.variables.indices, zip(table.variables, names)).map { index, named in
            let (variable, name) = named
            return SystemFileVariable(
                name: name, label: variable.label, content: content(of: variable, at: index),
                measure: measure(variable.measurement))
        }
    }

    private func content(of variable: ExportVariable, at index: Int) -> SystemFileVariable.Content {
        switch variable.kind {
        case .text, .code:
            let labels = variable.valueLabels.compactMap { label -> SystemFileValueLabel<String>? in
                guard case .text(let value) = label.value else { return nil }
                return SystemFileValueLabel(value: value, label: label.label)
            }
            return .text(width: textWidth(at: index, labels: labels.map(\.value)), valueLabels: labels)
        case .number:
            let labels = variable.valueLabels.compactMap { label -> SystemFileValueLabel<Double>? in
                guard case .number(let value) = label.value else { return nil }
                return SystemFileValueLabel(value: value, label: label.label)
            }
            let values = table.rows.compactMap { row in
                if case .number(let number) = row[index] { number } else { nil }
            }
            return .number(
                .fitting(values + labels.map(\.value) + [variable.notApplicableCode].compactMap { $0 }),
                missingValues: [variable.notApplicableCode].compactMap { $0 }, valueLabels: labels)
        case .date: return .number(.date)
        case .timestamp: return .number(.dateTime)
        }
    }

    /// The longest text of the variable in bytes (and of its labelled codes), at least 1, at most
    /// SPSS's limit; longer texts are cut when written.
    func textWidth(at index: Int, labels: [String] = []) -> Int {
        let longest = table.rows.reduce(labels.map(\.utf8.count).max() ?? 0) { longest, row in
            if case .text(let text) = row[index] { max(longest, text.utf8.count) } else { longest }
        }
        return min(max(longest, 1), SystemFileWriter.maximumTextWidth)
    }

    private func measure(_ measurement: ExportVariable.Measurement) -> SystemFileVariable.Measure {
        switch measurement {
        case .nominal: .nominal
        case .ordinal: .ordinal
        case .scale: .scale
        }
    }

    /// A table cell as the system file stores it: "not applicable" as the variable's code,
    /// dates and times in SPSS's seconds since 1582.
    static func cell(_ value: ExportValue, of variable: ExportVariable) -> SystemFileCell {
        switch (variable.kind, value) {
        case (.text, .text(let text)), (.code, .text(let text)): .text(text)
        case (.number, .number(let number)): .number(number)
        case (.number, .notApplicable): variable.notApplicableCode.map(SystemFileCell.number) ?? .missing
        case (.date, .date(let date)): .number(SPSSTime.seconds(daysSince1970: date.daysSince1970))
        case (.timestamp, .timestamp(let time)):
            .number(SPSSTime.seconds(millisecondsSince1970: time.millisecondsSince1970))
        // The table gives every variable only values of its kind; anything else has no SPSS value.
        default: .missing
        }
    }

    /// The warning for a text cut to `limit` bytes: which response (`row` from 0), which variable.
    static func cutMessage(table: ExportTable, row: Int, variable: String, bytes: Int, limit: Int) -> String {
        let response = table.rows.indices.contains(row) ? table.rows[row].first : nil
        let id = if case .text(let id)? = response { id } else { "\(row + 1)" }
        return "response \(id), variable \(variable): text of \(bytes) bytes cut to SPSS's limit of \(limit) bytes"
    }
}
