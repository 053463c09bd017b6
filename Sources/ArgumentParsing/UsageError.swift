import Suggestions

/// A command line that does not fit the command's declared shape.
public struct UsageError: Error, Sendable, Equatable {
    public enum Reason: Sendable, Equatable {
        case unknownOption(String, suggestion: String?)
        case unknownCommand(String, suggestion: String?)
        case missingCommand
        case missingValue(option: String)
        case unexpectedValue(option: String)
        case invalidValue(option: String, value: String, allowed: [String])
        /// A number option's value is not a whole number in its range; `expected` says which are.
        case invalidNumber(option: String, value: String, expected: String)
        case repeatedOption(String)
        case missingArgument(String)
        case unexpectedArgument(String)
        case invalid(String)
    }

    public let reason: Reason
    /// The command path the error belongs to, for the "see --help" hint.
    public let commandPath: [String]

    public init(_ reason: Reason, commandPath: [String]) {
        self.reason = reason
        self.commandPath = commandPath
    }

    /// One line saying what is wrong, then where to read more.
    public var message: String {
        let help = "Run '\((commandPath + ["--help"]).joined(separator: " "))' for usage."
        return "\(problem)\n\(help)"
    }

    private var problem: String {
        switch reason {
        case .unknownOption(let option, let suggestion):
            return "unknown option '\(option)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        case .unknownCommand(let name, let suggestion):
            return "unknown command '\(name)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        case .missingCommand:
            return "missing command"
        case .missingValue(let option):
            return "option '--\(option)' needs a value"
        case .unexpectedValue(let option):
            return "option '--\(option)' takes no value"
        case .invalidValue(let option, let value, let allowed):
            let suggestion = closestMatch(to: value, among: allowed).map { "did you mean '\($0)'? " } ?? ""
            return
                "invalid value '\(value)' for '--\(option)'; \(suggestion)use one of: \(allowed.joined(separator: ", "))"
        case .invalidNumber(let option, let value, let expected):
            return "--\(option) must be \(expected), not \"\(value)\""
        case .repeatedOption(let option):
            return "option '--\(option)' was given more than once"
        case .missingArgument(let name):
            return "missing argument <\(name)>"
        case .unexpectedArgument(let argument):
            return "unexpected argument '\(argument)'"
        case .invalid(let text):
            return text
        }
    }
}
