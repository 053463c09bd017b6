import CSVCodec
import SurveyEvaluation
import SurveyModel

/// An R script that reads the CSV export beside it and gives every column its R type: factors with
/// the option labels for codes and labelled numbers, ordered factors for scales, `Date`s, the
/// submission time as `POSIXct` in UTC, and each question's text as the attribute `label`.
///
/// The script reads the codes CSV (`survey export` without `--labels` and `--excel`) and undoes the
/// CSV export's formula guard (one apostrophe in front of texts that start like a formula). A
/// scale's "not applicable" (`na` in the CSV) becomes `NA`: it is no point of the scale.
public enum RScriptExport {
    /// The script for `table`, reading `csvFileName` from the script's own folder.
    public static func script(of table: ExportTable, csvFileName: String) -> String {
        let layout = table.layout
        var lines = [
            "# Reads the survey's CSV export beside this script and sets factors, dates and variable labels.",
            "# Run it with `Rscript <script>` or `source(\"<script>\", chdir = TRUE)`; the result is `survey_data`.",
            "# A scale's \"not applicable\" answer (na in the CSV) is NA here.",
            "",
            "survey_csv <- local({",
            "  sourced <- Filter(Negate(is.null), lapply(sys.frames(), function(frame) frame$ofile))",
            "  script <- sub(\"^--file=\", \"\", grep(\"^--file=\", commandArgs(trailingOnly = FALSE), value = TRUE))",
            "  folder <- if (length(sourced) > 0) dirname(sourced[[length(sourced)]])"
                + " else if (length(script) == 1) dirname(script) else \".\"",
            "  file.path(folder, \(RStringLiteral.quoted(csvFileName)))",
            "})",
            "# The CSV export puts an apostrophe in front of texts that a spreadsheet would run as a formula.",
            "survey_unguard <- function(x) sub(\"^'(?='*[-=+@\\t\\r\\n\\u{FF1D}\\u{FF0B}\\u{FF0D}\\u{FF20}])\", \"\", x, perl = TRUE)",
            "survey_data <- read.csv(",
            "  survey_csv, encoding = \"UTF-8\", na.strings = \"\", check.names = FALSE, stringsAsFactors = FALSE,",
            "  colClasses = " + RStringLiteral.vector(table.variables.map(columnClass)),
            ")",
            "attr(survey_data, \"survey\") <- " + RStringLiteral.quoted(layout.survey.id),
            "attr(survey_data, \"title\") <- " + RStringLiteral.quoted(layout.survey.title.text(in: layout.language)),
            "",
        ]
        for variable in table.variables {
            let column = "survey_data[[\(RStringLiteral.quoted(variable.name))]]"
            if let conversion = conversion(of: variable, column: column) { lines.append("\(column) <- \(conversion)") }
            lines.append("attr(\(column), \"label\") <- \(RStringLiteral.quoted(variable.label))")
        }
        lines.append("rm(survey_csv, survey_unguard)")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The CSV the script reads: the codes CSV export, written beside the script.
    public static func csv(of table: ExportTable) -> [UInt8] {
        CSVWriter.standard.write(header: table.layout.header, rows: table.csvRows(labels: false))
    }

    /// Plain numbers are read as numbers, everything else as text and converted afterwards.
    private static func columnClass(_ variable: ExportVariable) -> String {
        variable.kind == .number && variable.valueLabels.isEmpty ? "numeric" : "character"
    }

    /// The R expression that turns the column read as text into its R type; nil for plain numbers.
    private static func conversion(of variable: ExportVariable, column: String) -> String? {
        switch variable.kind {
        case .text: return "survey_unguard(\(column))"
        case .date: return "as.Date(\(column))"
        case .timestamp: return "as.POSIXct(\(column), format = \"%Y-%m-%dT%H:%M:%OSZ\", tz = \"UTC\")"
        case .number where variable.valueLabels.isEmpty: return nil
        case .code, .number:
            // The not-applicable code is left out of the levels, so `na` becomes NA.
            let levels = variable.valueLabels.filter {
                variable.notApplicableCode == nil || $0.value != .number(variable.notApplicableCode ?? 0)
            }
            let ordered = variable.measurement == .ordinal ? ", ordered = TRUE" : ""
            return "factor(survey_unguard(\(column)), levels = "
                + RStringLiteral.vector(levels.map { $0.value.csvCell().content }) + ", labels = "
                + RStringLiteral.vector(levels.map(\.label)) + ordered + ")"
        }
    }
}
