import CSVCodec
import StrictJSON
import SurveyEvaluation

/// One file of an export, as a download or a file written by `survey export`.
public struct ExportFile: Sendable {
    /// The file name's ending after the survey's name: `.xlsx`, `.csv`, or `-syntax.sps`.
    public let suffix: String
    public let mediaType: String
    public let bytes: [UInt8]

    public init(suffix: String, mediaType: String, bytes: [UInt8]) {
        self.suffix = suffix
        self.mediaType = mediaType
        self.bytes = bytes
    }
}

/// How an export writes its values, whatever the format.
public struct ExportOptions: Sendable, Hashable {
    /// Option labels instead of codes.
    public var labels: Bool
    /// CSV for German Excel: byte order mark, `;` between fields, decimal comma.
    public var excel: Bool

    public init(labels: Bool = false, excel: Bool = false) {
        self.labels = labels
        self.excel = excel
    }
}

extension ExportFormat {
    /// The files of `table` in this format.
    public func files(_ table: ExportTable, options: ExportOptions) -> [ExportFile] {
        switch self {
        case .csv:
            [ExportFile(suffix: ".csv", mediaType: mediaType, bytes: Self.csv(table, options: options))]
        case .json:
            [ExportFile(suffix: ".json", mediaType: mediaType, bytes: Self.json(table, options: options))]
        case .spss: Self.spssFiles(table)
        case .sps: Self.spsFiles(table)
        }
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
