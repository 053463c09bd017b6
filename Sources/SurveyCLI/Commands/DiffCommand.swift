import ArgumentParsing
import Foundation
import StrictJSON
import SurveyModel

/// `survey diff OLD NEW`: what changed between two versions of a survey definition, in words.
enum DiffCommand {
    static let node = CommandNode(
        CommandSpec(
            name: "diff",
            abstract: "Show what changed between two versions of a survey definition.",
            discussion: """
                Compares the meaning of two definitions, not their layout: pages and questions are matched \
                by id, options by value, so reformatting or reordering keys shows no change. Prints one \
                sentence per change, grouped by page in the order of NEW: settings, pages and questions \
                added, removed or moved, texts per language, options, limits, conditions and rules. A \
                question whose id changed shows as removed and added. The files may have any names, such \
                as saved versions. Exits with 0 when nothing changed, 1 when something did (as diff does), \
                and 2 when a file cannot be loaded, after printing its problems. Messages are German with \
                --lang de, or when LC_ALL, LC_MESSAGES or LANG starts with "de".
                """,
            arguments: [old.spec, new.spec],
            options: [ValidateCommand.lang.spec]),
        run: run)

    static let old = CommandArgument<String>("old", help: "The earlier version of the definition.")
    static let new = CommandArgument<String>("new", help: "The later version of the definition.")

    static func run(_ arguments: ParsedArguments, console: Console) -> ExitCode {
        let language =
            arguments[ValidateCommand.lang].map(DiagnosticLanguage.init(locale:))
            ?? DiagnosticLanguage(environment: console.environment)
        let before = load(arguments[old], console: console, language: language)
        let after = load(arguments[new], console: console, language: language)
        guard let before, let after else { return .usage }
        let diff = DefinitionDiff(old: before, new: after)
        guard !diff.isEmpty else {
            console.print(language == .de ? "Keine Änderungen." : "No changes.")
            return .success
        }
        for (index, group) in diff.groups.enumerated() {
            if index > 0 { console.print("") }
            console.print(diff.heading(of: group, language))
            for change in group.changes { console.print("  " + change.text(language)) }
        }
        return .failure
    }

    /// Loads one version, whatever its file is called, or prints why it cannot be loaded.
    ///
    /// A saved version's file name rarely matches the survey id inside, which the loader demands
    /// of files in `surveys/`; that one problem alone is set aside by loading under the id's name.
    private static func load(_ path: String, console: Console, language: DiagnosticLanguage) -> Survey? {
        let result = Survey.load(path: path)
        if let survey = result.survey { return survey }
        let errors = result.diagnostics.filter { $0.severity == .error }
        if !errors.isEmpty, errors.allSatisfy({ $0.text.id == .surveyIDFileName }),
            let data = FileManager.default.contents(atPath: path),
            let id = (try? JSONDocument(parsing: [UInt8](data)))?.root["id"]?.string,
            let survey = Survey.load(bytes: [UInt8](data), file: "\(id).json").survey
        {
            return survey
        }
        for diagnostic in errors { console.printError(DiagnosticText.render(diagnostic, in: language)) }
        return nil
    }
}
