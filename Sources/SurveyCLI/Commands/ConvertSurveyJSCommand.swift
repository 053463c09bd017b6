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
            options: [out.spec, id.spec, lang.spec]),
        run: run)

    static let file = CommandArgument<String>("file", help: "The SurveyJS survey, a .json file.")
    static let out = CommandOption<String?>(
        "out", short: "o", value: "file", help: "Write the definition to this file instead of standard output.")
    static let id = CommandOption<String?>(
        "id", value: "id", help: "The survey id (default: from the output or input file name).")
    static let lang = CommandOption<String?>(
        "lang", value: "language", allowed: ["de", "en"],
        help: "Language of the messages (default: from LC_ALL, LC_MESSAGES or LANG, else en).")

    static func run(_ arguments: ParsedArguments, console: Console) -> ExitCode {
        let language =
            arguments[lang].map(DiagnosticLanguage.init(locale:))
            ?? DiagnosticLanguage(environment: console.environment)
        let source = arguments[file]
        let output = arguments[out]
        func fail(_ english: String, _ german: String) -> ExitCode {
            console.printError("survey convert: error: \(source): " + (language == .de ? german : english))
            return .failure
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: source))?[.size] as? Int ?? 0
        guard size <= SurveyJSConverter.maximumFileSize else {
            return fail(
                SurveyJSConversionError.tooLarge(limit: SurveyJSConverter.maximumFileSize).message(in: .en),
                SurveyJSConversionError.tooLarge(limit: SurveyJSConverter.maximumFileSize).message(in: .de))
        }
        guard let data = FileManager.default.contents(atPath: source) else {
            return fail(
                "cannot be read; check the path and its permissions",
                "kann nicht gelesen werden; prüfen Sie den Pfad und die Zugriffsrechte")
        }
        let surveyID = arguments[id] ?? SurveyJSConverter.surveyID(forFileName: output ?? source)
        let conversion: Conversion
        do {
            conversion = try SurveyJSConverter.convert([UInt8](data), id: surveyID, file: source)
        } catch {
            if case .syntax(let diagnostics) = error {
                for diagnostic in diagnostics { console.printError(DiagnosticText.render(diagnostic, in: language)) }
                return .failure
            }
            return fail(error.message(in: .en), error.message(in: .de))
        }
        ConversionOutput.report(conversion, written: output, language: language, console: console)
        return ConversionOutput.write(conversion, to: output, language: language, console: console)
    }
}
