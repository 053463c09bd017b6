/// `survey convert …`: definitions from other survey tools, converted to ours.
enum ConvertCommand {
    static let node = CommandNode(
        group: "convert",
        abstract: "Convert survey definitions from other tools (SurveyJS) to this project's format.",
        [ConvertSurveyJSCommand.node])
}
