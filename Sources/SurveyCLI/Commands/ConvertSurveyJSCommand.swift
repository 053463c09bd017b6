import ArgumentParsing
import Foundation
import SurveyConversion
import SurveyModel
import SurveyStore

/// `survey convert surveyjs FILE.json [-o FILE] [--id ID] [--lang de|en]`: a SurveyJS survey as our definition.
enum ConvertSurveyJSCommand {
    static let node = CommandNode(
        CommandSpec(
            name: "surveyjs",
            abstract: "Convert a SurveyJS survey (JSON) to a survey definition.",
            discussion: """
                Reads the JSON that SurveyJS Creator exports (strict JSON, at most 16 MiB) and writes our \
                definition in the canonical layout to -o FILE or standard output. Whatever is dropped or \
                approximated is listed on standard error as "survey convert: warning: <JSON path>: <text>". \
                The result is then checked like survey validate; with errors the exit code is 1, and the file \
                is still written so that it can be fixed there. The survey id defaults to the output file's \
                name (or the input's); it must equal the file name under surveys/. See docs/conversion.md.
                """,
            arguments: [file.spec],
            options: [ConvertCommand.out.spec, ConvertCommand.id.spec, ConvertCommand.lang.spec]),
        run: run)

    static let file = CommandArgument<String>("file", help: "The SurveyJS survey, a .json file.")
    static func run(_ arguments: ParsedArguments, console: Console) -> ExitCode {
        let language = ConvertCommand.language(arguments, console: console)
        let source = arguments[file]
        guard
            let bytes = ConvertCommand.read(
                source, limit: SurveyJSConverter.maximumFileSize, language: language, console: console)
        else { return .failure }
        let surveyID =
            ConvertCommand.surveyID(arguments)
            ?? SurveyJSConverter.surveyID(forFileName: arguments[ConvertCommand.out] ?? source)
        do {
            let conversion = try SurveyJSConverter.convert(bytes, id: surveyID, file: source)
            return ConvertCommand.finish(conversion, arguments: arguments, console: console)
        } catch {
            if case .syntax(let diagnostics) = error {
                for diagnostic in diagnostics { console.printError(DiagnosticText.render(diagnostic, in: language)) }
            } else {
                console.printError("survey convert: error: \(source): " + error.message(in: language))
            }
            return .failure
        }
    }
}
