import ArgumentParsing
import Foundation
import StrictJSON
import SurveyModel
import SurveyStore

/// `survey fmt [PATH…]`: rewrites survey definitions in the canonical layout.
enum FmtCommand {
    static let node = CommandNode(
        CommandSpec(
            name: "fmt",
            abstract: "Rewrite survey definitions in the canonical layout (--check: only report).",
            discussion: """
                Rewrites each JSON file given, and every *.json file directly inside each folder given \
                (default: surveys), in the layout the designer writes: keys in a fixed order, two spaces \
                indentation, one option per line. Each file is replaced atomically. A file that is not \
                valid JSON is reported with file:line:column and left untouched. With --check nothing is \
                written; the files not in the canonical layout are listed and the exit code is 1. \
                Messages are German when LC_ALL, LC_MESSAGES or LANG starts with "de".
                """,
            arguments: [paths.spec],
            options: [check.spec]),
        run: run)

    static let paths = CommandArgument<[String]>("path", help: "Survey files or folders (default: surveys).")
    static let check = CommandOption<Bool>(
        "check", help: "Change nothing; exit with 1 if a file is not in the canonical layout.")

    static func run(_ arguments: ParsedArguments, console: Console) -> ExitCode {
        let files: [String]
        do {
            files = try SurveyFiles.expand(arguments[paths].isEmpty ? ["surveys"] : arguments[paths])
        } catch {
            console.printError("survey: error: \(error.message)")
            return .usage
        }
        let language = DiagnosticLanguage(environment: console.environment)
        var failed = false
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                console.printError(
                    "\(file): error: "
                        + language.pick(
                            "cannot be read; check its permissions",
                            "kann nicht gelesen werden; prüfen Sie die Zugriffsrechte"))
                failed = true
                continue
            }
            let bytes = [UInt8](data)
            guard let document = try? JSONDocument(parsing: bytes) else {
                // The loader turns syntax errors into the same diagnostics `survey validate` prints.
                for diagnostic in Survey.load(bytes: bytes, file: file).diagnostics {
                    console.printError(DiagnosticText.render(diagnostic, in: language))
                }
                failed = true
                continue
            }
            let canonical = CanonicalDefinition.write(JSON(document.root)).bytes
            if canonical == bytes { continue }
            if arguments[check] {
                console.print(
                    "\(file): "
                        + language.pick(
                            "not in the canonical layout (run survey fmt)",
                            "nicht im einheitlichen Layout (survey fmt aufrufen)"))
                failed = true
                continue
            }
            do {
                try PrivateFiles.replaceDurably(canonical, at: file)
                console.print("\(file): " + language.pick("rewritten", "neu geschrieben"))
            } catch {
                console.printError(
                    "\(file): error: " + language.pick("cannot be written", "kann nicht geschrieben werden")
                        + " (\(error))")
                failed = true
            }
        }
        return failed ? .failure : .success
    }
}

extension DiagnosticLanguage {
    /// The English or the German text, whichever this language is.
    fileprivate func pick(_ english: String, _ german: String) -> String {
        self == .de ? german : english
    }
}
