import SPSSSystemFile
import SurveyEvaluation
import SurveyModel
import SurveyStore

/// `survey export --format spss`: the table as an SPSS system file (`.sav`).
public enum SPSSSystemFileExport {
    /// The system file of `table`, made at `created`, and what had to be shortened, in words.
    /// - Throws: ``SystemFileError`` only if the table broke its own shape (a row of the wrong length).
    public static func write(_ table: ExportTable, created: Timestamp) throws -> (bytes: [UInt8], warnings: [String]) {
        let dictionary = SPSSDictionary(table)
        let writer = try SystemFileWriter(
            variables: dictionary.systemFileVariables,
            fileLabel: table.layout.survey.title.text(in: table.layout.language),
            created: creation(created))
        let file = try writer.write(
            rows: table.rows.map { row in
                zip(row, table.variables).map { SPSSDictionary.cell($0, of: $1) }
            })
        return (file.bytes, file.warnings.map { describe($0, table: table) })
    }

    private static func creation(_ time: Timestamp) -> SystemFileWriter.Created {
        let milliseconds = time.millisecondsSince1970
        let day = Int(milliseconds.floorDivided(by: 86_400_000))
        let second = Int((milliseconds - Int64(day) * 86_400_000) / 1000)
        let date = CalendarDate(daysSince1970: day)
        return SystemFileWriter.Created(
            year: date?.year ?? 1970, month: date?.month ?? 1, day: date?.day ?? 1, hour: second / 3600,
            minute: second / 60 % 60, second: second % 60)
    }

    /// A warning as the command line shows it: which response, which variable, what was cut.
    private static func describe(_ warning: SystemFileWarning, table: ExportTable) -> String {
        switch warning {
        case .textCut(let variable, let row, let bytes, let width):
            return SPSSDictionary.cutMessage(table: table, row: row - 1, variable: variable, bytes: bytes, limit: width)
        case .labelCut(let variable, let label, let limit):
            return "variable \(variable): label \"\(label.prefix(40))…\" cut to SPSS's limit of \(limit) bytes"
        }
    }
}

extension Int64 {
    /// Division rounding towards minus infinity, so that instants before 1970 fall on their own day.
    fileprivate func floorDivided(by divisor: Int64) -> Int64 {
        let quotient = self / divisor
        return self % divisor < 0 ? quotient - 1 : quotient
    }
}
