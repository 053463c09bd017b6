import ArgumentParsing
import CSVCodec
import Foundation
import SurveyEvaluation
import SurveyExport
import SurveyModel
import SurveyStore

/// `survey export <survey> --format csv|json|xlsx|spss|sps|r|parquet [--labels] [--excel] [--codebook]`: raw data.
enum ExportCommand {
    static let node = CommandNode(
        CommandSpec(
            name: "export",
            abstract: "Export the submitted responses, one row per response, or the codebook of the columns.",
            discussion: """
                One row per current response (latest revision; voided responses and drafts left out), one column \
                per question named by its id: a multiple choice as one 0/1 column per option, a matrix as one \
                column per row, a ranking as one column per place, "other" texts in <id>_other_text. Text that a \
                spreadsheet would run as a formula (starting with = + - @) gets an apostrophe in front. Raw data \
                identify schools: keep exports inside the office (-o writes a file only you can read). Questions \
                marked "personal" (names, e-mail addresses, consent to contact) are left out unless \
                --include-personal is given; the codebook lists them as not exported. \
                --codebook lists the variables instead (CSV, or Markdown with --format markdown). \
                Every format but csv and json writes files and needs -o FILE: \
                xlsx an Excel workbook with sheets for the data (numbers and dates typed), the value labels and \
                the codebook; spss an SPSS system file (.sav) with variable and value labels, measurement levels \
                and missing values; sps SPSS syntax, and r an R script (factors with labels, ordered factors for \
                scales, dates, variable labels), each with FILE.csv beside it, the CSV it reads; parquet typed \
                columns for DuckDB, Spark, pandas and R arrow. See docs/exports.md.
                """,
            arguments: [SurveyDefinition.argument.spec],
            options: [
                format.spec, labels.spec, excel.spec, codebook.spec, includePersonal.spec, language.spec, out.spec,
                log.spec, responses.spec,
            ]),
        run: run)

    static let format = CommandOption<String>(
        "format", value: "format", allowed: ["csv", "json", "markdown", "xlsx", "spss", "sps", "r", "parquet"],
        default: "csv", help: "Output format (default: csv).")
    static let labels = CommandOption<Bool>("labels", help: "Write option labels instead of codes.")
    static let excel = CommandOption<Bool>(
        "excel", help: "CSV for German Excel: UTF-8 with byte order mark and ';' between fields.")
    static let codebook = CommandOption<Bool>(
        "codebook", help: "Write the variables, their questions, types and value labels.")
    static let includePersonal = CommandOption<Bool>(
        "include-personal", help: "Also export the answers to personal-data questions (names, e-mail addresses).")
    static let language = CommandOption<String?>(
        "lang", value: "language", allowed: ["de", "en"], help: "Language of labels (default: the survey's first).")
    static let out = CommandOption<String?>(
        "out", short: "o", value: "file", help: "Write to this file instead of standard output.")
    static let log = CommandOption<String?>(
        "log", value: "file", help: "Read this log file instead of the survey's own.")
    static let responses = SurveyReference.responses

    static func run(_ arguments: ParsedArguments, console: Console) -> ExitCode {
        func fail(_ message: String, _ code: ExitCode) -> ExitCode {
            console.printError("survey export: error: \(message)")
            return code
        }
        let survey: Survey
        do {
            survey = try SurveyDefinition(arguments[SurveyDefinition.argument]).survey
        } catch {
            return fail(error.message, error.exitCode)
        }
        let format = arguments[Self.format]
        let layout = ExportLayout(
            survey: survey, language: arguments[language] ?? survey.defaultLanguage,
            includesPersonal: arguments[includePersonal])
        if arguments[codebook] {
            guard format == "csv" || format == "markdown" else {
                return fail("the codebook is written as CSV or Markdown (--format csv|markdown)", .usage)
            }
            let codebook = SPSSCodebook.codebook(layout)
            let writer = arguments[excel] ? CSVWriter.excel : CSVWriter.standard
            return emit(
                format == "markdown"
                    ? Array(layout.codebookMarkdown.utf8)
                    : writer.write(header: codebook.header, rows: codebook.rows.map { $0.map(CSVCell.text) }),
                arguments: arguments, console: console, fail: fail)
        }
        guard let exportFormat = ExportFormat(rawValue: format) else {
            return fail("responses are exported as csv, json, xlsx, spss, sps, r or parquet, not \(format)", .usage)
        }
        let options = ExportOptions(labels: arguments[labels], excel: arguments[excel])
        if let problem = exportFormat.problem(with: options) { return fail(problem, .usage) }
        if !exportFormat.isText && arguments[out] == nil {
            return fail(
                "--format \(format) writes files: name one with -o FILE (e.g. -o daten.\(exportFormat.fileExtension))",
                .usage)
        }
        if !layout.personalLeftOut.isEmpty {
            console.printError(
                "survey export: note: personal-data questions left out: "
                    + layout.personalLeftOut.map(\.id).joined(separator: ", ") + " (--include-personal exports them)")
        }
        let log = arguments[Self.log] ?? SurveyFolder(responsesRoot: arguments[responses], surveyID: survey.id).log
        let table: ExportTable
        do {
            let submits = try CurrentSubmits(logPath: log)
            if !submits.badLines.isEmpty {
                console.printError(
                    "survey export: warning: \(submits.badLines.count) unreadable line(s) in \(log) skipped")
            }
            table = try ExportTable(layout: layout, submits: submits)
        } catch let error as FileError {
            return fail("cannot read \(log): \(String(cString: strerror(error.code)))", .failure)
        } catch {
            return fail("cannot read \(log): \(error)", .failure)
        }
        let path = arguments[out]
        let output: ExportOutput
        do {
            output = try exportFormat.write(
                table, fileName: path.map { URL(fileURLWithPath: $0).lastPathComponent } ?? "",
                options: options)
        } catch {
            return fail("cannot write the \(format) export: \(error)", .failure)
        }
        for warning in output.warnings.prefix(10) { console.printError("survey export: warning: \(warning)") }
        if output.warnings.count > 10 {
            console.printError("survey export: warning: \(output.warnings.count - 10) more texts or labels cut")
        }
        guard let path else { return emit(output.files[0].bytes, arguments: arguments, console: console, fail: fail) }
        // The main file goes where -o says; a CSV that a script reads goes beside it.
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        for (index, file) in output.files.enumerated() {
            let target = index == 0 ? path : folder.appendingPathComponent(file.name).path
            do {
                try PrivateFiles.write(file.bytes, to: target)
            } catch {
                return fail("cannot write \(target): \(String(cString: strerror(error.code)))", .failure)
            }
        }
        return .success
    }

    /// Writes one text output to the file named with `-o`, or else to standard output.
    private static func emit(
        _ bytes: [UInt8], arguments: ParsedArguments, console: Console, fail: (String, ExitCode) -> ExitCode
    ) -> ExitCode {
        guard let file = arguments[out] else {
            console.write(data: String(decoding: bytes, as: UTF8.self))
            return .success
        }
        do {
            try PrivateFiles.write(bytes, to: file)
        } catch {
            return fail("cannot write \(file): \(String(cString: strerror(error.code)))", .failure)
        }
        return .success
    }
}
