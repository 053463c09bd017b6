import CSVCodec
import Foundation
import SPSSSystemFile
import SurveyEvaluation
import SurveyExport
import SurveyModel
import SurveyStore
import TestSupport
import Testing

/// The SPSS system file and syntax say what the CSV export says, cell by cell, with the labels,
/// levels and missing values that SPSS users expect.
@Suite(.requires(.pspp)) struct SPSSExportTests {
    static let created = Timestamp(millisecondsSince1970: 1_790_000_000_000)

    /// PSPP opens the system file: names, labels, value labels, levels, the missing value, and every cell.
    @Test func psppReadsTheSystemFile() throws {
        let table = try ExportFixture.table()
        let written = try SPSSSystemFileExport.write(table, created: Self.created)
        #expect(written.warnings.isEmpty)
        let folder = try SPSSReading.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sav = folder.appendingPathComponent("export.sav").path
        try Data(written.bytes).write(to: URL(fileURLWithPath: sav))
        let read = try #require(try SPSSReading.pspp("GET FILE='\(sav)'.", in: folder))
        SPSSReading.expectSameCells(read.table, as: table, names: table.layout.header)
        for expected in [
            "schulart,5,Schulart,Nominal",
            "netz_zufriedenheit,21,Wie zufrieden sind Sie mit Stabilität und Geschwindigkeit von Internet und WLAN?,Ordinal",
            "schueler,9,Anzahl der Schülerinnen und Schüler,Scale", "DATETIME24.3", "DATE11",
            ",gs,Grundschule", ",-1[a],kann ich nicht beurteilen", ",1,gewählt",
        ] {
            #expect(read.dictionary.contains(expected), "\(expected)")
        }
        #expect(read.dictionary.contains(#/ausstattung_ausreichend,.*,-1\n/#))
    }

    /// PSPP runs the syntax on the CSV written with it and gets the same cells and dictionary.
    @Test func psppRunsTheSyntax() throws {
        let table = try ExportFixture.table()
        let folder = try SPSSReading.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("export.csv").path
        try Data(SPSSSyntaxExport.data(table).bytes).write(to: URL(fileURLWithPath: csv))
        let syntax = SPSSSyntaxExport.syntax(table, csvFile: csv)
        let read = try #require(try SPSSReading.pspp(syntax, in: folder))
        SPSSReading.expectSameCells(read.table, as: table, names: table.layout.header)
        for expected in [
            "schulart,5,Schulart,Nominal", ",gs,Grundschule", ",-1[a],kann ich nicht beurteilen", "DATETIME24.3",
            "netz_zufriedenheit,21,Wie zufrieden sind Sie mit Stabilität und Geschwindigkeit von Internet und WLAN?,Ordinal",
        ] {
            #expect(read.dictionary.contains(expected), "\(expected)")
        }
    }

    /// pyreadstat (ReadStat, as in R's haven) reads the same values, labels, levels and missing value.
    @Test(.requires(.pyreadstat)) func pyreadstatReadsTheSystemFile() throws {
        let table = try ExportFixture.table(count: 30)
        let written = try SPSSSystemFileExport.write(table, created: Self.created)
        let folder = try SPSSReading.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sav = folder.appendingPathComponent("export.sav").path
        try Data(written.bytes).write(to: URL(fileURLWithPath: sav))
        let outcome = try #require(
            try ExternalTool.pyreadstat.run(script: Self.pyreadstatDump, fileExtension: "py", scriptArguments: [sav]))
        #expect(outcome.status == 0, "\(outcome.output)")
        let dump = try #require(
            try JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [String: Any], "\(outcome.output)")
        #expect(dump["names"] as? [String] == table.layout.header)
        #expect(dump["labels"] as? [String] == table.variables.map(\.label))
        let measures = try #require(dump["measure"] as? [String: String])
        let valueLabels = try #require(dump["valueLabels"] as? [String: [String: String]])
        let missing = try #require(dump["missing"] as? [String: [Double]])
        for variable in table.variables {
            #expect(measures[variable.name] == variable.measurement.rawValue, "\(variable.name)")
            let labels = valueLabels[variable.name] ?? [:]
            #expect(labels.count == variable.valueLabels.count, "\(variable.name)")
            for label in variable.valueLabels {
                let key =
                    switch label.value {
                    case .number(let number): "\(number)"
                    case .text(let text): text
                    default: ""
                    }
                #expect(labels[key] == label.label, "\(variable.name) \(key)")
            }
            #expect(missing[variable.name] == variable.notApplicableCode.map { [$0] }, "\(variable.name)")
        }
        let rows = try #require(dump["rows"] as? [[Any]])
        let expected = table.csvRows(labels: false)
        #expect(rows.count == expected.count)
        for (rowIndex, (row, cells)) in zip(rows, expected).enumerated() {
            for (variable, (value, cell)) in zip(table.variables, zip(row, cells)) {
                let content = cell.content
                let same: Bool =
                    switch value {
                    case let number as Double:
                        content == Answer.notApplicableValue
                            ? number == variable.notApplicableCode : Double(content) == number
                    case let text as String: text == content
                    default: content.isEmpty
                    }
                #expect(same, "row \(rowIndex + 1), \(variable.name): \(value) for \(content.debugDescription)")
            }
        }
    }

    static let pyreadstatDump = """
        import datetime, json, math, sys
        import pyreadstat
        columns, meta = pyreadstat.read_sav(sys.argv[1], user_missing=True, output_format="dict")
        epoch = datetime.datetime(1970, 1, 1)
        def cell(value):
            if value is None or (isinstance(value, float) and math.isnan(value)):
                return None
            if isinstance(value, datetime.datetime):
                milliseconds = round((value - epoch) / datetime.timedelta(microseconds=1) / 1000)
                time = epoch + datetime.timedelta(milliseconds=milliseconds)
                return time.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (time.microsecond // 1000)
            if isinstance(value, datetime.date):
                return value.isoformat()
            if hasattr(value, "item"):
                return value.item()
            return value
        labels = {name: {(repr(float(key)) if isinstance(key, (int, float)) else key): label
                         for key, label in pairs.items()}
                  for name, pairs in meta.variable_value_labels.items()}
        print(json.dumps({
            "names": meta.column_names, "labels": meta.column_labels, "measure": meta.variable_measure,
            "valueLabels": labels, "missing": {name: [r["lo"] for r in ranges] for name, ranges in meta.missing_ranges.items()},
            "rows": [[cell(value) for value in row] for row in zip(*columns.values())],
        }))
        """
}
