import ArgumentParsing
import Foundation
import SurveyModel
import SurveyStore

/// A survey named on the command line, by id (`digitale-bildung`) or by its
/// definition file (`surveys/digitale-bildung.json`), with its responses folder.
struct SurveyReference {
    /// The survey id: the definition file's name without `.json`.
    let id: String
    /// `surveys/<id>.json`, or the path given.
    let definitionPath: String
    /// `responses/<id>` (or below the folder given with `--responses`).
    let responsesDirectory: String

    /// The argument every store command takes.
    static let survey = CommandArgument<String>("survey", help: "Survey id (surveys/<id>.json) or definition file.")

    /// The participant a command acts on.
    static let participant = CommandArgument<String>("id", help: "The participant's id.")

    /// The option every store command offers for the responses folder.
    static let responses = CommandOption<String>(
        "responses", value: "folder", default: "responses",
        help: "Folder with one subfolder per survey's responses (default: responses).")

    /// `--base-url`, for the commands that print personal links.
    static let baseURL = CommandOption<String>(
        "base-url", value: "url", default: defaultBaseURL,
        help: "Address of the survey server (default: \(defaultBaseURL)).")

    /// Resolves the `survey` argument and the `--responses` option.
    init(_ arguments: ParsedArguments) {
        self.init(arguments[Self.survey], responsesRoot: arguments[Self.responses])
    }

    init(_ argument: String, responsesRoot: String) {
        definitionPath = SurveyDefinition.path(for: argument)
        id = String((definitionPath.split(separator: "/").last ?? "").dropLast(5))
        responsesDirectory = SurveyFolder(responsesRoot: responsesRoot, surveyID: id).path
    }

    /// The survey's responses folder with the names of its files.
    var folder: SurveyFolder { SurveyFolder(responsesDirectory) }

    /// Loads the definition, or prints why it cannot be used and returns nil.
    func loadSurvey(console: Console) -> Survey? {
        do {
            return try SurveyDefinition(definitionPath).survey
        } catch {
            console.printError("survey: error: \(error.message)")
            return nil
        }
    }

    /// Opens the participants registry, or prints why not.
    func openParticipants(console: Console) -> ParticipantRegistry? {
        do {
            return try ParticipantRegistry(directory: responsesDirectory)
        } catch {
            console.printError("survey: error: \(error.description)")
            return nil
        }
    }

    /// The personal address for `token` under `baseURL`.
    static func link(baseURL: String, token: String) -> String {
        (baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL) + "/t/" + token
    }

    /// Default for `--base-url`, the address `survey serve` listens on by default.
    static let defaultBaseURL = "http://localhost:8080"
}
