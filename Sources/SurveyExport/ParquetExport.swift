import CSVCodec
import ParquetFile
import SurveyEvaluation
import SurveyModel
import SurveyStore

/// The export table as a Parquet file: one typed, nullable column per variable, named as in the CSV.
///
/// Numbers are DOUBLE (a scale's "not applicable" as its code, e.g. -1), dates DATE, the submission
/// time TIMESTAMP (milliseconds, UTC), texts STRING. Choice codes (and with `labels` the labels of
/// every labelled variable, as the CSV export writes them) are dictionary-encoded strings. Cells
/// that the CSV export leaves empty are null. The footer names the survey, its language and the time
/// of the export.
public enum ParquetExport {
    /// The file's bytes.
    /// - Parameters:
    ///   - labels: Write option labels instead of codes, as `--labels` does for CSV.
    ///   - exportedAt: The time of the export, stored in the metadata.
    /// - Throws: ``ParquetError`` when a page of more than 2 GiB would be needed.
    public static func bytes(of table: ExportTable, labels: Bool, exportedAt: Timestamp) throws(ParquetError)
        -> [UInt8]
    {
        let layout = table.layout
        let writer = ParquetWriter(
            createdBy: "survey export",
            keyValueMetadata: [
                ParquetKeyValue("survey.id", layout.survey.id),
                ParquetKeyValue("survey.title", layout.survey.title.text(in: layout.language)),
                ParquetKeyValue("survey.language", layout.language),
                ParquetKeyValue("survey.exported", exportedAt.description),
            ],
            rowsPerGroup: 1_000_000)
        return try writer.write(columns(of: table, labels: labels))
    }

    /// One column per variable, in the table's order.
    static func columns(of table: ExportTable, labels: Bool) -> [ParquetColumn] {
        let textCells = table.csvRows(labels: labels)
        return table.variables.enumerated().map { index, variable in
            let values = table.rows.map { $0[index] }
            let writesText = variable.kind == .text || variable.kind == .code || labels && !variable.valueLabels.isEmpty
            guard !writesText else {
                let texts = textCells.map { $0[index].content.isEmpty ? nil : $0[index].content }
                return ParquetColumn(
                    name: variable.name, values: .string(texts, dictionary: variable.kind != .text))
            }
            switch variable.kind {
            case .date:
                return ParquetColumn(
                    name: variable.name,
                    values: .date(
                        values.map { if case .date(let date) = $0 { Int32(date.daysSince1970) } else { nil } }))
            case .timestamp:
                return ParquetColumn(
                    name: variable.name,
                    values: .timestampMillisecondsUTC(
                        values.map { if case .timestamp(let time) = $0 { time.millisecondsSince1970 } else { nil } }))
            default:
                return ParquetColumn(
                    name: variable.name,
                    values: .double(values.map { number($0, notApplicableCode: variable.notApplicableCode) }))
            }
        }
    }

    /// A numeric cell: the number, the not-applicable code, or nil.
    private static func number(_ value: ExportValue, notApplicableCode: Double?) -> Double? {
        switch value {
        case .number(let number): number
        case .notApplicable: notApplicableCode
        default: nil
        }
    }
}
