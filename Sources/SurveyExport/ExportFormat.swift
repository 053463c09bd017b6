/// The file formats that `survey export` and the office's downloads write, with what a download needs.
///
/// Every format writes the same ``SurveyEvaluation/ExportTable``: the same
/// columns, named the same, with the same values.
public enum ExportFormat: String, Sendable, CaseIterable {
    /// Comma-separated values (with `--excel` the German-Excel variant).
    case csv
    /// One JSON object per response.
    case json
    /// An Excel workbook: data, value labels and codebook sheets.
    case xlsx
    /// A Parquet file with typed columns, for DuckDB, Spark, pandas and R arrow.
    case parquet
    /// An R script that reads the CSV export beside it with factors and variable labels.
    case r
    /// An SPSS system file (`.sav`) with names, labels, value labels, levels and missing values.
    case spss
    /// SPSS syntax that reads the CSV written next to it.
    case sps

    /// The file name extension, without the dot.
    public var fileExtension: String {
        switch self {
        case .csv: "csv"
        case .json: "json"
        case .xlsx: "xlsx"
        case .parquet: "parquet"
        case .r: "R"
        case .spss: "sav"
        case .sps: "sps"
        }
    }

    /// The media type of a download.
    public var mediaType: String {
        switch self {
        case .csv: "text/csv; charset=utf-8"
        case .json: "application/json"
        case .xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        case .parquet: "application/vnd.apache.parquet"
        case .r: "text/plain; charset=utf-8"
        case .spss: "application/x-spss-sav"
        case .sps: "text/plain; charset=utf-8"
        }
    }
}
