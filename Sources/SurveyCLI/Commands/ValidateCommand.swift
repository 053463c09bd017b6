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
                followed by the line with a caret under the spot. Exits with 1 if any file has an error. \
                Messages are German with --lang de, or when LC_ALL, LC_MESSAGES or LANG starts with "de"; \
                the words error and warning stay English, so editors and scripts still find them.
                """,
            arguments: [paths.spec],
            options: [format.spec, lang.spec]),
        run: run)

    static let paths = CommandArgument<[String]>("path", help: "Survey files or folders (default: surveys).")
    static let format = CommandOption<String?>(
        "format", value: "format", allowed: ["text", "json"], help: "Output format (default: text).")
    static let lang = CommandOption<String?>(
        "lang", value: "language", allowed: ["de", "en"],
        help: "Language of the messages (default: from LC_ALL, LC_MESSAGES or LANG, else en).")

    static func run(_ arguments: ParsedArguments, console: Console) -> ExitCode {
        let paths = arguments[paths].isEmpty ? ["surveys"] : arguments[paths]
        let files: [String]
        do {
            files = try SurveyFiles.expand(paths)
        } catch {
            console.printError("survey: error: \(error.message)")
            return .usage
        }
        let language =
            arguments[lang].map(DiagnosticLanguage.init(locale:))
            ?? DiagnosticLanguage(environment: console.environment)
        let results = files.map { file in (file, Survey.load(path: file)) }
        let diagnostics = results.flatMap { $0.1.diagnostics }
        if arguments[format] == "json" {
            console.write(data: jsonReport(results, language: language).serialized() + "\n")
        } else {
            for diagnostic in diagnostics { console.print(DiagnosticText.render(diagnostic, in: language)) }
            console.print(summary(files: files.count, diagnostics: diagnostics, language: language))
        }
        return diagnostics.contains { $0.severity == .error } ? .failure : .success
    }

    private static func summary(files: Int, diagnostics: [Diagnostic], language: DiagnosticLanguage) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        switch language {
        case .en:
            func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
            return "\(count(files, "file")) checked: \(count(errors, "error")), \(count(warnings, "warning"))"
        case .de:
            func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
            return "\(count(files, "Datei", "Dateien")) geprüft: \(count(errors, "Fehler", "Fehler")), "
                + count(warnings, "Warnung", "Warnungen")
        }
    }

    private static func jsonReport(_ results: [(String, SurveyLoadResult)], language: DiagnosticLanguage) -> JSON {
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
                        "message": .string(diagnostic.text.text(language)),
                        "id": .string(diagnostic.text.id.rawValue),
                    ]
                }),
            "errors": .number(Double(diagnostics.filter { $0.severity == .error }.count)),
            "warnings": .number(Double(diagnostics.filter { $0.severity == .warning }.count)),
        ]
    }
}
