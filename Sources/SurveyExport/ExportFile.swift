import CSVCodec
import StrictJSON
import SurveyEvaluation
import SurveyStore

/// One file of an export, as a download or a file written by `survey export`.
public struct ExportFile: Sendable {
    /// The file's name, without a folder: `daten.xlsx`, or `daten.csv` beside the script `daten.R`.
    public let name: String
    public let mediaType: String
    public let bytes: [UInt8]

    public init(name: String, mediaType: String, bytes: [UInt8]) {
        self.name = name
        self.mediaType = mediaType
        self.bytes = bytes
    }
}

/// What an export wrote: its files, the main one first, and what had to be cut to fit the format.
public struct ExportOutput: Sendable {
    public let files: [ExportFile]
    /// Texts or labels shortened to a limit of the format, one sentence each.
    public let warnings: [String]
}

/// How an export writes its values, whatever the format.
public struct ExportOptions: Sendable, Hashable {
    /// Option labels instead of codes.
    public var labels: Bool
    /// CSV for German Excel: byte order mark, `;` between fields, decimal comma.
    public var excel: Bool
    /// When the export was made, for the files' own properties.
    public var exportedAt: Timestamp

    public init(labels: Bool = false, excel: Bool = false, exportedAt: Timestamp = .now()) {
        self.labels = labels
        self.excel = excel
        self.exportedAt = exportedAt
    }
}

/// Why an export could not be written: the table passes a limit of the format.
public struct ExportFailure: Error, Sendable, CustomStringConvertible {
    public let description: String
}

extension ExportFormat {
    /// Whether the export is one text file that may go to standard output.
    public var isText: Bool { self == .csv || self == .json }

    /// What is wrong with `options` for this format, found before any response is read.
    public func problem(with options: ExportOptions) -> String? {
        if options.excel && !isText {
            return "--excel shapes CSV for German Excel: leave it out with --format \(rawValue)"
        }
        if options.labels && (self == .r || self == .sps) {
            return
                "the \(self == .r ? "R" : "SPSS") script reads the codes CSV and labels it itself: leave out --labels"
        }
        return nil
    }

    /// The files of `table` in this format.
    ///
    /// - Parameter fileName: The main file's name (`daten.R`); a CSV file that a script reads is named after
    ///   it (`daten.csv`).
    /// - Throws: when the table passes a limit of the format (rows, columns, file size).
    public func write(_ table: ExportTable, fileName: String, options: ExportOptions) throws(ExportFailure)
        -> ExportOutput
    {
        func main(_ bytes: [UInt8], besides: [ExportFile] = [], warnings: [String] = []) -> ExportOutput {
            ExportOutput(
                files: [ExportFile(name: fileName, mediaType: mediaType, bytes: bytes)] + besides, warnings: warnings)
        }
        let csvName = Self.stem(of: fileName, dropping: fileExtension) + ".csv"
        func csvFile(_ bytes: [UInt8]) -> ExportFile {
            ExportFile(name: csvName, mediaType: ExportFormat.csv.mediaType, bytes: bytes)
        }
        do {
            switch self {
            case .csv: return main(Self.csv(table, options: options))
            case .json: return main(Self.json(table, options: options))
            case .xlsx:
                let written = try WorkbookExport.xlsx(table, labels: options.labels, exportedAt: options.exportedAt)
                return main(written.bytes, warnings: written.warnings)
            case .parquet:
                return main(try ParquetExport.bytes(of: table, labels: options.labels, exportedAt: options.exportedAt))
            case .r:
                return main(
                    Array(RScriptExport.script(of: table, csvFileName: csvName).utf8),
                    besides: [csvFile(RScriptExport.csv(of: table))])
            case .spss:
                let written = try SPSSSystemFileExport.write(table, created: options.exportedAt)
                return main(written.bytes, warnings: written.warnings)
            case .sps:
                let data = SPSSSyntaxExport.data(table)
                return main(
                    Array(SPSSSyntaxExport.syntax(table, csvFile: csvName).utf8), besides: [csvFile(data.bytes)],
                    warnings: data.warnings)
            }
        } catch {
            throw ExportFailure(description: "\(error)")
        }
    }

    /// `daten.R` → `daten` (the extension compared without case); a name without it stays whole.
    static func stem(of fileName: String, dropping fileExtension: String) -> String {
        let suffix = "." + fileExtension.lowercased()
        return fileName.lowercased().hasSuffix(suffix) ? String(fileName.dropLast(suffix.count)) : fileName
    }

    /// The CSV export (with `excel` the German-Excel variant).
    static func csv(_ table: ExportTable, options: ExportOptions) -> [UInt8] {
        let writer = options.excel ? CSVWriter.excel : CSVWriter.standard
        return writer.write(
            header: table.layout.header, rows: table.csvRows(labels: options.labels, decimalComma: options.excel))
    }

    /// One JSON object per response, every value a string as in the CSV, null when empty.
    static func json(_ table: ExportTable, options: ExportOptions) -> [UInt8] {
        let header = table.layout.header
        let objects = table.csvRows(labels: options.labels, decimalComma: options.excel).map { row in
            JSON.object(
                zip(header, row).map { name, cell in
                    JSONField(key: name, value: cell.content.isEmpty ? .null : .string(cell.content))
                })
        }
        return Array(JSON.array(objects).serialized().utf8) + [UInt8(ascii: "\n")]
    }
}
