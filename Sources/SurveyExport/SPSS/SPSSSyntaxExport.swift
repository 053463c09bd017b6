import CSVCodec
import SPSSSystemFile
import SurveyEvaluation
import SurveyModel

/// `survey export --format sps`: SPSS syntax that reads the table from a CSV file next to it and
/// gives it the same names, labels, value labels, missing values and levels as the system file.
///
/// GET DATA reads one case per line, so a line break inside a text would tear its case apart: the
/// CSV written for the syntax (``data(_:)``) holds line breaks as the control characters U+001D (CR)
/// and U+001E (LF), which answers never contain, and the syntax turns them back. It also takes off
/// the apostrophe that guards texts against spreadsheet formulas (``CSVWriter``), exactly where the
/// CSV export put one.
public enum SPSSSyntaxExport {
    /// The longest text the syntax reads: SPSS's limit, less the byte that a guarding apostrophe may take.
    static let maximumText = SystemFileWriter.maximumTextWidth - 1

    /// The CSV that the syntax reads: the CSV export (codes, decimal point), line breaks in texts
    /// held as U+001D/U+001E, texts cut to ``maximumText`` bytes between characters; and the cuts, in words.
    public static func data(_ table: ExportTable) -> (bytes: [UInt8], warnings: [String]) {
        var warnings: [String] = []
        let rows = table.csvRows(labels: false).enumerated().map { rowIndex, row in
            zip(row, table.variables).map { cell, variable -> CSVCell in
                guard case .text(var text) = cell else { return cell }
                if text.utf8.count > maximumText {
                    warnings.append(
                        SPSSDictionary.cutMessage(
                            table: table, row: rowIndex, variable: variable.name, bytes: text.utf8.count,
                            limit: maximumText))
                    text = text.utf8Prefix(maximumText)
                }
                // Scalars, not characters: CR LF is one character but two line-break bytes.
                var scalars = String.UnicodeScalarView()
                for scalar in text.unicodeScalars {
                    scalars.append(scalar == "\r" ? "\u{1D}" : scalar == "\n" ? "\u{1E}" : scalar)
                }
                return .text(String(scalars))
            }
        }
        return (CSVWriter.standard.write(header: table.layout.header, rows: rows), warnings)
    }

    /// The syntax for `table`, reading `csvFile` (a path as SPSS should open it: the file name when
    /// both files stay in one folder).
    public static func syntax(_ table: ExportTable, csvFile: String) -> String {
        SyntaxBuilder(table: table).syntax(csvFile: csvFile)
    }
}

/// Builds the syntax, command by command.
private struct SyntaxBuilder {
    let table: ExportTable
    let dictionary: SPSSDictionary
    /// The name each variable is read under: its own, or a text name to convert from.
    let readNames: [String]

    init(table: ExportTable) {
        self.table = table
        dictionary = SPSSDictionary(table)
        let names = dictionary.names
        let helpers = SPSSName.uniqueNames(for: names + names.map { $0 + "_text" }).dropFirst(names.count)
        readNames = zip(table.variables, zip(names, helpers)).map { variable, pair in
            Self.readsAsText(variable) ? pair.1 : pair.0
        }
    }

    /// Timestamps (ISO 8601 with `T` and `Z`) and numbers with a "not applicable" (`na`) are read as
    /// text and converted.
    private static func readsAsText(_ variable: ExportVariable) -> Bool {
        variable.kind == .timestamp || (variable.kind == .number && variable.notApplicableCode != nil)
    }

    func syntax(csvFile: String) -> String {
        let english = table.layout.language == "en"
        // Short enough for SPSS's 256-byte syntax lines.
        let title = table.layout.survey.title.text(in: table.layout.language).utf8Prefix(100)
        var lines = [
            "* Encoding: UTF-8.",
            english
                ? "* \(oneLine(title)): reads \(oneLine(csvFile)); run it in the folder that holds both files."
                : "* \(oneLine(title)): liest \(oneLine(csvFile)); führen Sie sie im Ordner aus, der beide Dateien enthält.",
            "GET DATA /TYPE=TXT /FILE=\(literal(csvFile)) /ENCODING='UTF8'",
            "  /ARRANGEMENT=DELIMITED /DELCASE=LINE /FIRSTCASE=2 /DELIMITERS=',' /QUALIFIER='\"'",
            "  /VARIABLES=",
        ]
        lines += table.variables.indices.map { "    \(readNames[$0]) \(inputFormat(at: $0))" }
        lines[lines.count - 1] += "."
        lines += conversions() + restoredTexts()
        lines.append("MATCH FILES /FILE=* /KEEP=\(dictionary.names.joined(separator: "\n    ")).")
        lines += formats() + labels() + missingValues() + levels()
        lines.append("EXECUTE.")
        return lines.joined(separator: "\n") + "\n"
    }

    private func inputFormat(at index: Int) -> String {
        let variable = table.variables[index]
        if Self.readsAsText(variable) { return "A24" }
        switch variable.kind {
        case .text, .code:
            // One byte more for the apostrophe that may guard a text in the CSV.
            return "A\(min(dictionary.textWidth(at: index), SPSSSyntaxExport.maximumText) + 1)"
        case .number: return "F40.0"
        case .date: return "SDATE10"
        case .timestamp: return "A24"
        }
    }

    private func conversions() -> [String] {
        table.variables.indices.compactMap { index in
            let variable = table.variables[index]
            let (name, text) = (dictionary.names[index], readNames[index])
            guard Self.readsAsText(variable) else { return nil }
            if variable.kind == .timestamp {
                return "COMPUTE \(name) = NUMBER(SUBSTR(\(text), 1, 10), SDATE10) + "
                    + "NUMBER(SUBSTR(\(text), 12, 12), TIME12.3)."
            }
            let code = variable.notApplicableCode.map(number) ?? "SYSMIS"
            return "RECODE \(text) ('na'=\(code)) (CONVERT) INTO \(name)."
        }
    }

    /// Texts get their line breaks back and lose the apostrophe that guards them in the CSV.
    private func restoredTexts() -> [String] {
        let texts = table.variables.indices.filter { table.variables[$0].kind == .text }.map { dictionary.names[$0] }
        guard !texts.isEmpty else { return [] }
        let first = "SUBSTR(LTRIM(text, \"'\"), 1, 1)"
        let wide = "SUBSTR(LTRIM(text, \"'\"), 1, 3)"
        return [
            "DO REPEAT text = \(texts.joined(separator: "\n    ")).",
            "  IF (SUBSTR(text, 1, 1) = \"'\" AND (ANY(\(first), '=', '+', '-', '@', X'09')",
            "    OR ANY(\(wide), '＝', '＋', '－', '＠'))) text = SUBSTR(text, 2).",
            "  COMPUTE text = REPLACE(REPLACE(text, X'1D', X'0D'), X'1E', X'0A').",
            "END REPEAT.",
        ]
    }

    private func formats() -> [String] {
        let formats = zip(dictionary.systemFileVariables, dictionary.names).compactMap { variable, name -> String? in
            guard case .number(let format, _, _) = variable.content else { return nil }
            return switch format {
            case .fixed(let width, let decimals): "\(name) (F\(width).\(decimals))"
            case .date: "\(name) (DATE11)"
            case .dateTime: "\(name) (DATETIME24.3)"
            }
        }
        return formats.isEmpty ? [] : ["FORMATS " + formats.joined(separator: "\n  /") + "."]
    }

    private func labels() -> [String] {
        let variableLabels = zip(table.variables, dictionary.names).map { variable, name in
            "\(name) \(literal(variable.label.utf8Prefix(SystemFileWriter.maximumVariableLabel)))"
        }
        let valueLabels = zip(table.variables, dictionary.names).compactMap { variable, name -> String? in
            guard !variable.valueLabels.isEmpty else { return nil }
            let pairs = variable.valueLabels.map { label -> String in
                let value =
                    switch label.value {
                    case .number(let value): number(value)
                    case .text(let text): literal(text)
                    default: "''"
                    }
                return "\(value) \(literal(label.label.utf8Prefix(SystemFileWriter.maximumValueLabel)))"
            }
            return "\(name)\n    " + pairs.joined(separator: "\n    ")
        }
        var lines: [String] = []
        if !variableLabels.isEmpty {
            lines.append("VARIABLE LABELS " + variableLabels.joined(separator: "\n  /") + ".")
        }
        if !valueLabels.isEmpty {
            lines.append("VALUE LABELS " + valueLabels.joined(separator: "\n  /") + ".")
        }
        return lines
    }

    private func missingValues() -> [String] {
        zip(table.variables, dictionary.names).compactMap { variable, name in
            variable.notApplicableCode.map { "MISSING VALUES \(name) (\(number($0)))." }
        }
    }

    private func levels() -> [String] {
        let levels = zip(table.variables, dictionary.names).map { variable, name in
            // SPSS has no scale level for text.
            let isText = variable.kind == .text || variable.kind == .code
            return (isText && variable.measurement == .scale ? .nominal : variable.measurement, name)
        }
        let groups = [(ExportVariable.Measurement.nominal, "NOMINAL"), (.ordinal, "ORDINAL"), (.scale, "SCALE")]
            .compactMap { measurement, keyword -> String? in
                let names = levels.filter { $0.0 == measurement }.map(\.1)
                return names.isEmpty ? nil : names.joined(separator: "\n    ") + " (\(keyword))"
            }
        return groups.isEmpty ? [] : ["VARIABLE LEVEL " + groups.joined(separator: "\n  /") + "."]
    }

    /// A string literal: single quotes doubled, line breaks as spaces, and long texts as pieces
    /// of at most 60 bytes joined with `+`, as SPSS reads no syntax line longer than 256 bytes.
    private func literal(_ text: String) -> String {
        var rest = oneLine(text)
        var pieces: [String] = []
        repeat {
            let piece = rest.utf8Prefix(60)
            let taken = piece.isEmpty ? String(rest.prefix(1)) : piece
            pieces.append("'" + taken.replacing("'", with: "''") + "'")
            rest.removeFirst(taken.count)
        } while !rest.isEmpty
        return pieces.joined(separator: " +\n      ")
    }

    private func oneLine(_ text: String) -> String {
        String(text.map { $0.isNewline ? " " : $0 })
    }

    /// A number as syntax writes it: whole numbers without a decimal point.
    private func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
