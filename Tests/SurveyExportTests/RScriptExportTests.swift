import CSVCodec
import Foundation
import SurveyEvaluation
import SurveyExport
import SurveyModel
import SurveyStore
import TestSupport
import Testing

/// R runs the script over the CSV beside it: factors with the option labels, ordered factors for
/// scales, dates, the submission time, variable labels, and the CSV's values.
struct RScriptExportTests {
    /// What R saw of one column.
    struct RColumn {
        var rClass: String
        var label: String
        var levels: [String]
        /// nil for NA.
        var cells: [String?]
    }

    /// Writes, in the C locale (the script must not need a UTF-8 session), every column's class, label, levels and cells, one line per column, fields separated
    /// by tabs and escaped; NA is a lone `\N`, which no escaped text can be.
    static let dump = #"""
        arguments <- commandArgs(trailingOnly = TRUE)
        invisible(Sys.setlocale("LC_CTYPE", "C"))
        source(arguments[1], chdir = TRUE)
        escape <- function(x) {
          x <- gsub("\\", "\\\\", x, fixed = TRUE)
          x <- gsub("\n", "\\n", x, fixed = TRUE)
          x <- gsub("\r", "\\r", x, fixed = TRUE)
          gsub("\t", "\\t", x, fixed = TRUE)
        }
        out <- file(arguments[2], "wb")
        for (name in names(survey_data)) {
          x <- survey_data[[name]]
          cells <- if (inherits(x, "POSIXct")) format(round(as.numeric(x) * 1000), scientific = FALSE, trim = TRUE)
            else if (inherits(x, "Date")) format(x)
            else if (is.numeric(x)) sprintf("%.17g", x)
            else as.character(x)
          cells <- escape(cells)
          cells[is.na(x)] <- "\\N"
          fields <- c(name, paste(class(x), collapse = " "), escape(attr(x, "label")),
                      escape(paste(levels(x), collapse = "\037")), cells)
          writeLines(enc2utf8(paste(fields, collapse = "\t")), out, useBytes = TRUE)
        }
        close(out)
        """#

    /// Runs the script of `table` with R and returns its columns by name.
    static func run(_ table: ExportTable) throws -> [String: RColumn]? {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("r-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(RScriptExport.csv(of: table)).write(to: folder.appendingPathComponent("Umfrage Daten.csv"))
        let script = folder.appendingPathComponent("Umfrage Daten.R")
        try Data(RScriptExport.script(of: table, csvFileName: "Umfrage Daten.csv").utf8).write(to: script)
        let dumpFile = folder.appendingPathComponent("dump.tsv")
        guard let outcome = try ExternalTool.rscript.run(["-e", dump, script.path, dumpFile.path]) else { return nil }
        guard outcome.status == 0, let text = try? String(contentsOf: dumpFile, encoding: .utf8) else {
            Issue.record("R failed: \(outcome.output)")
            return nil
        }
        var columns: [String: RColumn] = [:]
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 4 else { continue }
            columns[fields[0]] = RColumn(
                rClass: fields[1], label: unescape(fields[2]),
                levels: fields[3].isEmpty ? [] : unescape(fields[3]).split(separator: "\u{1F}").map(String.init),
                cells: fields.dropFirst(4).map { $0 == "\\N" ? nil : unescape($0) })
        }
        return columns
    }

    static func unescape(_ field: String) -> String {
        var text = ""
        var escaped = false
        for character in field {
            if escaped {
                text.append(["n": "\n", "r": "\r", "t": "\t"][character] ?? character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                text.append(character)
            }
        }
        return text
    }

    /// Every column has the R class, levels, label and values the export's variables call for.
    @Test(.requires(.rscript))
    func rReadsTheExportWithItsLabels() throws {
        let table = try ExportFixture.table(count: 60)
        let columns = try #require(try Self.run(table))
        let csv = table.csvRows(labels: false)
        var mismatches: [String] = []
        for (index, variable) in table.variables.enumerated() {
            guard let column = columns[variable.name] else {
                mismatches.append("\(variable.name) missing")
                continue
            }
            let levels = variable.valueLabels.filter { $0.value != variable.notApplicableCode.map(ExportValue.number) }
            let expectedClass =
                switch variable.kind {
                case .text: "character"
                case .date: "Date"
                case .timestamp: "POSIXct POSIXt"
                case .number where levels.isEmpty: "numeric"
                case .code, .number: variable.measurement == .ordinal ? "ordered factor" : "factor"
                }
            if column.rClass != expectedClass { mismatches.append("\(variable.name): class \(column.rClass)") }
            if column.label != variable.label { mismatches.append("\(variable.name): label \(column.label)") }
            if expectedClass.hasSuffix("factor") && column.levels != levels.map(\.label) {
                mismatches.append("\(variable.name): levels \(column.levels)")
            }
            for (row, cells) in csv.enumerated() {
                let cell = cells[index].content
                let expected: String? =
                    if cell.isEmpty || cell == Answer.notApplicableValue && expectedClass.hasSuffix("factor") {
                        nil
                    } else if expectedClass.hasSuffix("factor") {
                        levels.first { $0.value.csvCell().content == cell }?.label
                    } else if variable.kind == .timestamp {
                        Timestamp(iso: cell).map { String($0.millisecondsSince1970) }
                    } else {
                        // R's CSV reader turns CR LF inside a quoted field into LF (docs/exports.md says so).
                        cell.replacing("\r\n", with: "\n")
                    }
                let got = column.cells.indices.contains(row) ? column.cells[row] : "(no row)"
                let matches =
                    expectedClass == "numeric"
                    ? got.flatMap(Double.init) == expected.flatMap(Double.init) : got == expected
                if !matches {
                    mismatches.append("\(variable.name) \(row): \(got ?? "NA"), expected \(expected ?? "NA")")
                }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) differences, first: \(mismatches.prefix(8))")
    }

    /// Strings in the script are ASCII R literals that mean exactly the text.
    @Test func stringsAreEscapedForR() throws {
        let table = try ExportFixture.table(count: 1)
        let script = RScriptExport.script(of: table, csvFileName: "a \"b\"\\ü.csv")
        #expect(script.utf8.allSatisfy { $0 < 0x80 })
        #expect(script.contains(#"file.path(folder, "a \"b\"\\\u{FC}.csv")"#))
    }
}
