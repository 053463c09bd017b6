import ArgumentParsing
import CSVCodec
import Foundation
import StrictJSON
import SurveyEvaluation
import SurveyExport
import SurveyModel
import SurveyStore

/// `survey export <survey> --format csv|json [--labels] [--excel] [--codebook]`: raw data for the office.
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
                --format spss writes an SPSS system file (.sav) and --format sps SPSS syntax; both need -o, \
                and -o FILE.sps also writes FILE.csv next to it, which the syntax reads.
                """,
            arguments: [SurveyDefinition.argument.spec],
            options: [
                format.spec, labels.spec, excel.spec, codebook.spec, includePersonal.spec, language.spec, out.spec,
                log.spec, responses.spec,
            ]),
        run: run)

    static let format = CommandOption<String>(
        "format", value: "format", allowed: ["csv", "json", "markdown", "spss", "sps"], default: "csv",
        help: "Output format (default: csv).")
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
        if !layout.personalLeftOut.isEmpty && !arguments[codebook] {
            console.printError(
                "survey export: note: personal-data questions left out: "
                    + layout.personalLeftOut.map(\.id).joined(separator: ", ") + " (--include-personal exports them)")
        }
        let writer = arguments[excel] ? CSVWriter.excel : CSVWriter.standard
        let output: [UInt8]
        if arguments[codebook] {
            guard format == "csv" || format == "markdown" else {
                return fail("the codebook is written as CSV or Markdown (--format csv|markdown)", .usage)
            }
            let codebook = SPSSCodebook.codebook(layout)
            output =
                format == "markdown"
                ? Array(layout.codebookMarkdown.utf8)
                : writer.write(header: codebook.header, rows: codebook.rows.map { $0.map(CSVCell.text) })
        } else {
            guard format != "markdown" else {
                return fail("responses are exported as CSV or JSON (--format csv|json)", .usage)
            }
            let log = arguments[Self.log] ?? SurveyFolder(responsesRoot: arguments[responses], surveyID: survey.id).log
            let current: CurrentResponses
            do {
                current = try CurrentResponses(logPath: log)
            } catch {
                return fail("cannot read \(log): \(String(cString: strerror(error.code)))", .failure)
            }
            if !current.badLines.isEmpty {
                console.printError(
                    "survey export: warning: \(current.badLines.count) unreadable line(s) in \(log) skipped")
            }
            let table = ExportTable(layout: layout, records: current.records)
            if format == "spss" || format == "sps" {
                return SPSSOutput.write(table, format: format, to: arguments[out], console: console)
            }
            let rows = table.csvRows(labels: arguments[labels], decimalComma: arguments[excel])
            if format == "json" {
                let header = layout.header
                let objects = rows.map { row in
                    JSON.object(
                        zip(header, row).map { name, cell in
                            JSONField(key: name, value: cell.content.isEmpty ? .null : .string(cell.content))
                        })
                }
                output = Array(JSON.array(objects).serialized().utf8) + [UInt8(ascii: "\n")]
            } else {
                output = writer.write(header: layout.header, rows: rows)
            }
        }
        if let file = arguments[out] {
            do {
                try PrivateFiles.write(output, to: file)
            } catch {
                return fail("cannot write \(file): \(String(cString: strerror(error.code)))", .failure)
            }
        } else {
            console.write(data: String(decoding: output, as: UTF8.self))
        }
        return .success
    }
}
