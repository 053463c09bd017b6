import ArgumentParsing
import SurveyConversion
import SurveyModel

/// `survey convert limesurvey FILE.lss`: a LimeSurvey survey structure as our definition.
enum ConvertLimeSurveyCommand {
    static let node = CommandNode(
        CommandSpec(
            name: "limesurvey",
            abstract: "Convert a LimeSurvey survey structure (.lss) into a survey definition.",
            discussion: """
                Question groups become pages, questions are mapped type by type, languages become \
                language maps, and relevance equations become visibleIf conditions where they keep their \
                meaning. Whatever is dropped or approximated is printed to standard error as \
                "survey convert: warning: <place>: <text>", naming the group, question code and line. The \
                definition is then checked as survey validate does; with errors it is still written and the \
                exit code is 1. See docs/conversion.md for the mapping.
                """,
            arguments: [file.spec],
            options: [ConvertCommand.out.spec, ConvertCommand.id.spec, ConvertCommand.lang.spec]),
        run: run)

    static let file = CommandArgument<String>("file", help: "The .lss file exported from LimeSurvey.")

    static func run(_ arguments: ParsedArguments, console: Console) -> ExitCode {
        let language = ConvertCommand.language(arguments, console: console)
        let path = arguments[file]
        guard
            let bytes = ConvertCommand.read(
                path, limit: LimeSurveyConverter.maximumSize, language: language, console: console)
        else { return .failure }
        do {
            let conversion = try LimeSurveyConverter.convert(bytes, surveyID: ConvertCommand.surveyID(arguments))
            return ConvertCommand.finish(conversion, arguments: arguments, console: console)
        } catch {
            console.printError("survey convert: error: \(path): " + error.message(in: language.rawValue))
            return .failure
        }
    }
}
