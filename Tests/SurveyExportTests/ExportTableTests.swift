import CSVCodec
import SurveyEvaluation
import SurveyModel
import Testing

/// The typed table agrees with the CSV export, and its variables say what typed formats need.
struct ExportTableTests {
    /// The table's CSV rows are the cells the CSV export has always written, with codes and with labels.
    @Test(arguments: [false, true])
    func csvRowsAreTheExportsCells(labels: Bool) throws {
        let table = try ExportFixture.table()
        #expect(table.variables.map(\.name) == table.layout.header)
        let rows = table.csvRows(labels: labels, decimalComma: labels)
        for (row, values) in zip(rows, table.rows) {
            #expect(row.count == table.variables.count)
            #expect(Array(row.dropFirst(3)).count == table.layout.columns.count)
            #expect(values.count == row.count)
        }
        let awkward = try #require(rows.last)
        #expect(awkward[0] == .text("awkward-7"))
        let bandwidth = try #require(table.layout.header.firstIndex(of: "bandbreite"))
        #expect(awkward[bandwidth] == .number(labels ? "99,99" : "99.99"))
    }

    /// Each kind of question gets the variable kind and measurement statistics programs expect.
    @Test func variablesHaveKindsAndMeasurements() throws {
        let table = try ExportFixture.table(count: 1)
        let variables = Dictionary(uniqueKeysWithValues: table.variables.map { ($0.name, $0) })
        #expect(variables["submitted"]?.kind == .timestamp)
        #expect(variables["schulart"]?.kind == .code)
        #expect(variables["schulart"]?.valueLabels.first?.value == .text("gs"))
        #expect(variables["ganztag"]?.kind == .number)
        #expect(variables["schueler"]?.measurement == .scale)
        #expect(variables["stichtag"]?.kind == .date)
        #expect(variables["netz_zufriedenheit"]?.measurement == .ordinal)
        #expect(variables["anmerkungen"]?.kind == .text)
        let row = try #require(variables.values.first { $0.notApplicableCode != nil })
        #expect(row.notApplicableCode == -1)
        #expect(row.valueLabels.contains { $0.value == .number(-1) })
        #expect(row.valueLabels.allSatisfy { if case .number = $0.value { true } else { false } })
    }
}
