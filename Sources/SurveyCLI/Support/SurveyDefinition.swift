import ArgumentParsing
import Foundation
import SurveyModel

/// The survey definition a command's `survey` argument names, loaded and checked.
struct SurveyDefinition {
    let survey: Survey
    /// The file's bytes, whose SHA-256 is the definition version of stored records.
    let bytes: [UInt8]
    let path: String

    /// Why a named definition cannot be used.
    enum Problem: Error {
        case missing(path: String)
        case invalid(path: String)

        var message: String {
            switch self {
            case .missing(let path): "no such survey file: \(path)"
            case .invalid(let path): "\(path) has errors; run `survey validate \(path)` to see them"
            }
        }

        /// A missing file is a wrong command line; a broken definition is a problem found.
        var exitCode: ExitCode {
            switch self {
            case .missing: .usage
            case .invalid: .failure
            }
        }
    }

    /// The `survey` argument of the commands that read a definition and its responses.
    static let argument = CommandArgument<String>(
        "survey", help: "The survey definition file, or a survey id in surveys/.")

    /// The file an argument names: a path when it ends in `.json` or has a
    /// folder in it, else the id of `surveys/<id>.json`.
    static func path(for argument: String) -> String {
        argument.hasSuffix(".json") || argument.contains("/") ? argument : "surveys/\(argument).json"
    }

    /// Reads and checks the definition `argument` names.
    init(_ argument: String) throws(Problem) {
        let path = Self.path(for: argument)
        guard let data = FileManager.default.contents(atPath: path) else { throw .missing(path: path) }
        let bytes = [UInt8](data)
        guard let survey = Survey.load(bytes: bytes, file: path).survey else { throw .invalid(path: path) }
        self.survey = survey
        self.bytes = bytes
        self.path = path
    }
}
