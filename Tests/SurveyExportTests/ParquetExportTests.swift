import CSVCodec
import Foundation
import SurveyEvaluation
import SurveyExport
import SurveyModel
import SurveyStore
import TestSupport
import Testing

/// DuckDB and pyarrow read the Parquet export: typed columns, and every cell the CSV export's.
struct ParquetExportTests {
    static let exportedAt = Timestamp(millisecondsSince1970: 1_796_000_000_000)

    /// Every cell equals the CSV export's (codes, or labels with `--labels`), read by both readers.
    @Test(.requires(.duckDB), .requires(.pyArrow), arguments: ParquetReaders.Reader.allCases, [false, true])
    func everyCellIsTheCSVExports(reader: ParquetReaders.Reader, labels: Bool) throws {
        let table = try ExportFixture.table()
        let bytes = try ParquetExport.bytes(of: table, labels: labels, exportedAt: Self.exportedAt)
        let contents = try #require(try ParquetReaders.read(bytes, with: reader))
        #expect(contents.columns.count == table.variables.count)
        let mismatches = Self.mismatches(contents.columns, against: table, labels: labels)
        #expect(mismatches.isEmpty, "\(mismatches.count) cells differ, first: \(mismatches.prefix(5))")
    }

    /// Numbers are DOUBLE, dates DATE, the submission time a UTC TIMESTAMP in milliseconds, texts STRING.
    @Test(.requires(.duckDB), .requires(.pyArrow))
    func columnsHaveTheirTypes() throws {
        let table = try ExportFixture.table(count: 40)
        let bytes = try ParquetExport.bytes(of: table, labels: false, exportedAt: Self.exportedAt)
        let arrow = try #require(try ParquetReaders.read(bytes, with: .pyArrow))
        let duck = try #require(try ParquetReaders.read(bytes, with: .duckDB))
        for (index, variable) in table.variables.enumerated() {
            let (arrowType, physical, logical, sqlType): (String, String, String, String) =
                switch variable.kind {
                case .text, .code: ("string", "BYTE_ARRAY", "String", "VARCHAR")
                case .number: ("double", "DOUBLE", "None", "DOUBLE")
                case .date: ("date32[day]", "INT32", "Date", "DATE")
                case .timestamp: ("timestamp[ms, tz=UTC]", "INT64", "Timestamp", "TIMESTAMP WITH TIME ZONE")
                }
            let types = arrow.types[index]
            #expect(types[0] == arrowType, "\(variable.name)")
            #expect(types[1] == physical, "\(variable.name)")
            #expect(types[2].hasPrefix(logical), "\(variable.name): \(types[2])")
            #expect(duck.types[index] == [sqlType], "\(variable.name)")
            if variable.kind == .timestamp {
                #expect(types[2].contains("isAdjustedToUTC=true") && types[2].contains("milliseconds"))
            }
            let dictionary = arrow.encodings[index].contains("RLE_DICTIONARY")
            switch variable.kind {
            case .code: #expect(dictionary, "\(variable.name): \(arrow.encodings[index])")
            case .number where variable.measurement != .scale:
                #expect(dictionary, "\(variable.name): \(arrow.encodings[index])")
            case .text, .date, .timestamp: #expect(!dictionary, "\(variable.name): \(arrow.encodings[index])")
            default: break
            }
        }
    }

    /// The footer names the survey, its language and the time of the export.
    @Test(.requires(.duckDB), .requires(.pyArrow), arguments: ParquetReaders.Reader.allCases)
    func metadataNamesTheSurvey(reader: ParquetReaders.Reader) throws {
        let table = try ExportFixture.table(count: 3, language: "en")
        let bytes = try ParquetExport.bytes(of: table, labels: false, exportedAt: Self.exportedAt)
        let contents = try #require(try ParquetReaders.read(bytes, with: reader))
        #expect(contents.metadata["survey.id"] == table.layout.survey.id)
        #expect(contents.metadata["survey.title"] == table.layout.survey.title.text(in: "en"))
        #expect(contents.metadata["survey.language"] == "en")
        #expect(contents.metadata["survey.exported"] == "2026-11-30T00:53:20.000Z")
    }

    /// A survey without responses gives a file with the columns and no rows.
    @Test(.requires(.duckDB), .requires(.pyArrow), arguments: ParquetReaders.Reader.allCases)
    func emptyTable(reader: ParquetReaders.Reader) throws {
        let fixture = try ExportFixture.table(count: 1)
        let table = ExportTable(layout: fixture.layout, responses: [])
        let contents = try #require(
            try ParquetReaders.read(
                try ParquetExport.bytes(of: table, labels: false, exportedAt: Self.exportedAt), with: reader))
        #expect(contents.columns.count == table.variables.count)
        #expect(contents.columns.allSatisfy { $0.isEmpty })
        #expect(contents.rowGroups == 0)
    }

    /// The cells that differ between the reader's columns and the CSV export, as „variable row: got, CSV“.
    static func mismatches(_ columns: [[Any]], against table: ExportTable, labels: Bool) -> [String] {
        let csv = table.csvRows(labels: labels)
        var mismatches: [String] = []
        for (index, variable) in table.variables.enumerated() {
            let column = columns.indices.contains(index) ? columns[index] : []
            guard column.count == csv.count else {
                mismatches.append("\(variable.name): \(column.count) rows, CSV \(csv.count)")
                continue
            }
            for (row, cells) in csv.enumerated() {
                let expected = cells[index].content
                let value = column[row]
                let matches: Bool
                if expected.isEmpty {
                    matches = value is NSNull
                } else if let text = value as? String {
                    matches = text == expected
                } else if let number = value as? NSNumber {
                    matches =
                        variable.kind == .timestamp
                        ? Timestamp(millisecondsSince1970: number.int64Value).description == expected
                        : number.doubleValue
                            == (expected == Answer.notApplicableValue
                                ? variable.notApplicableCode : Double(expected))
                } else {
                    matches = false
                }
                if !matches { mismatches.append("\(variable.name) \(row): \(value), CSV \(expected)") }
            }
        }
        return mismatches
    }
}
