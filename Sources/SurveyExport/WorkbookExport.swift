import OfficeWorkbook
import SurveyEvaluation
import SurveyModel
import SurveyStore

/// The xlsx export: an Excel workbook with three sheets in the export's language.
///
/// - Data („Daten“): the CSV export's columns and rows, typed: numbers as number cells, dates with
///   a date format, the time of submission with a date-time format (UTC), codes or (with labels)
///   option labels, "not applicable" as the variable's code (-1) unless labelled.
/// - Value labels („Wertelabels“): variable, value, label for every variable that has them.
/// - Codebook („Codebuch“): the codebook's rows under its header.
///
/// The document title is the survey's title and the creation time the time of the export.
package enum WorkbookExport {
    /// The workbook's file.
    /// - Parameters:
    ///   - labels: Write option labels instead of codes, as the CSV export's `--labels` does.
    ///   - exportedAt: The time of the export, for the document properties.
    /// - Throws: ``OfficeWorkbook/WorkbookError`` when the table passes a limit of Excel or of ZIP
    ///   (1,048,576 rows, 16,384 columns, 4 GiB).
    /// - Returns: the file, and the texts cut to Excel's limit of a cell, in words.
    package static func xlsx(_ table: ExportTable, labels: Bool, exportedAt: Timestamp) throws(WorkbookError)
        -> (bytes: [UInt8], warnings: [String])
    {
        var warnings: [String] = []
        let bytes = try workbook(table, labels: labels, exportedAt: exportedAt, warnings: &warnings).xlsx()
        return (bytes, warnings)
    }

    /// The most characters (UTF-16 code units) Excel keeps in a cell; a longer text makes it offer to repair
    /// the file, so such a text is cut, at a character's boundary, and reported.
    static let cellLimit = 32_767

    /// The workbook before it is packed; `warnings` hears of every text cut to ``cellLimit``.
    static func workbook(
        _ table: ExportTable, labels: Bool, exportedAt: Timestamp, warnings: inout [String]
    ) -> Workbook {
        let layout = table.layout
        let english = layout.language == "en"
        var dataRows: [[WorkbookCell]] = []
        dataRows.reserveCapacity(table.rows.count)
        for (index, row) in table.rows.enumerated() {
            dataRows.append(
                zip(row, table.variables).map { value, variable in
                    let cell = cell(value, of: variable, labels: labels)
                    guard case .text(let text) = cell, text.utf16.count > cellLimit else { return cell }
                    warnings.append(
                        "row \(index + 2), column \(variable.name): text of \(text.utf16.count) characters cut to "
                            + "Excel's \(cellLimit)")
                    return .text(Self.prefix(of: text, utf16Count: cellLimit))
                })
        }
        let data = Worksheet(name: english ? "Data" : "Daten", header: table.variables.map(\.name), rows: dataRows)
        let valueLabels = Worksheet(
            name: english ? "Value labels" : "Wertelabels",
            header: english ? ["variable", "value", "label"] : ["Variable", "Wert", "Bezeichnung"],
            rows: table.variables.flatMap { variable in
                variable.valueLabels.map {
                    [.text(variable.name), cell($0.value, of: variable, labels: false), .text($0.label)]
                }
            })
        let codebook = Worksheet(
            name: english ? "Codebook" : "Codebuch", header: layout.codebookHeader,
            rows: layout.codebookRows.map { row in row.map { $0.isEmpty ? .empty : .text($0) } })
        return Workbook(
            title: layout.survey.title.text(in: layout.language), created: workbookTime(exportedAt),
            application: "survey", sheets: [data, valueLabels, codebook])
    }

    /// One value as its cell: what the CSV export writes, typed.
    static func cell(_ value: ExportValue, of variable: ExportVariable, labels: Bool) -> WorkbookCell {
        let stored = value == .notApplicable ? variable.notApplicableCode.map(ExportValue.number) ?? value : value
        if labels, let label = variable.valueLabels.first(where: { $0.value == stored })?.label {
            return .text(label)
        }
        switch stored {
        case .empty: return .empty
        case .number(let number): return .number(number)
        case .text(let text): return .text(text)
        // Dates before 1900 have no serial number in Excel; they stay readable as text.
        case .date(let date):
            return SpreadsheetDate.serial(daysSince1970: date.daysSince1970).map { .date(serial: $0) }
                ?? .text(date.description)
        case .timestamp(let time):
            return SpreadsheetDate.serial(millisecondsSince1970: time.millisecondsSince1970).map {
                .dateTime(serial: $0)
            } ?? .text(time.description)
        case .notApplicable: return .text(Answer.notApplicableValue)
        }
    }

    /// The longest prefix of `text` of whole characters within `limit` UTF-16 code units.
    static func prefix(of text: String, utf16Count limit: Int) -> String {
        var count = 0
        var end = text.startIndex
        for character in text {
            count += character.utf16.count
            guard count <= limit else { break }
            end = text.index(after: end)
        }
        return String(text[..<end])
    }

    /// The UTC parts of `time`, to the second.
    private static func workbookTime(_ time: Timestamp) -> WorkbookTime {
        let milliseconds = time.millisecondsSince1970
        let days = Int(milliseconds.floorDividing(by: 86_400_000))
        let secondOfDay = Int((milliseconds - Int64(days) * 86_400_000) / 1000)
        let date = CalendarDate.civil(daysSince1970: days)
        return WorkbookTime(
            year: date.year, month: date.month, day: date.day, hour: secondOfDay / 3600, minute: secondOfDay / 60 % 60,
            second: secondOfDay % 60)
    }
}

extension Int64 {
    /// Division rounding towards minus infinity, for instants before 1970.
    fileprivate func floorDividing(by divisor: Int64) -> Int64 {
        let quotient = self / divisor
        return self % divisor < 0 ? quotient - 1 : quotient
    }
}
