import ArgumentParsing
import Foundation
import StrictJSON
import SurveyModel

/// `survey validate [PATH…]`: checks survey definitions and reports every problem.
enum ValidateCommand {
    static let node = CommandNode(
        CommandSpec(
            name: "validate",
            abstract: "Check survey definitions and report every problem with file, line and column.",
            discussion: """
                Checks each JSON file given, and every *.json file directly inside each folder given \
                (default: surveys). Prints each problem as file:line:column: error|warning: message, \
                followed by the line with a caret under the spot. Exits with 1 if any file has an error.
                """,
            arguments: [paths.spec],
            options: [format.spec]),
        run: run)

    static let paths = CommandArgument<[String]>("path", help: "Survey files or folders (default: surveys).")
    static let format = CommandOption<String?>(
        "format", value: "format", allowed: ["text", "json"], help: "Output format (default: text).")

    static func run(_ arguments: ParsedArguments, console: Console) -> ExitCode {
        let paths = arguments[paths].isEmpty ? ["surveys"] : arguments[paths]
        let files: [String]
        do {
            files = try SurveyFiles.expand(paths)
        } catch {
            console.printError("survey: error: \(error.message)")
            return .usage
        }
        let results = files.map { file in (file, Survey.load(path: file)) }
        let diagnostics = results.flatMap { $0.1.diagnostics }
        if arguments[format] == "json" {
            console.write(data: jsonReport(results).serialized() + "\n")
        } else {
            for diagnostic in diagnostics { console.print(DiagnosticText.render(diagnostic)) }
            console.print(summary(files: files.count, diagnostics: diagnostics))
        }
        return diagnostics.contains { $0.severity == .error } ? .failure : .success
    }

    private static func summary(files: Int, diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
        return "\(count(files, "file")) checked: \(count(errors, "error")), \(count(warnings, "warning"))"
    }

    private static func jsonReport(_ results: [(String, SurveyLoadResult)]) -> JSON {
        let diagnostics = results.flatMap { $0.1.diagnostics }
        return [
            "files": .array(
                results.map { file, result in
                    ["file": .string(file), "valid": .bool(result.survey != nil)]
                }),
            "diagnostics": .array(
                diagnostics.map { diagnostic in
                    [
                        "file": .string(diagnostic.file),
                        "line": .number(Double(diagnostic.location.line)),
                        "column": .number(Double(diagnostic.location.column)),
                        "severity": .string(diagnostic.severity.rawValue),
                        "message": .string(diagnostic.message),
                    ]
                }),
            "errors": .number(Double(diagnostics.filter { $0.severity == .error }.count)),
            "warnings": .number(Double(diagnostics.filter { $0.severity == .warning }.count)),
        ]
    }
}
