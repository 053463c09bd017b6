import Suggestions

/// Parses a command line against a tree of `CommandSpec`s.
public enum ArgumentParser {
    /// What the command line asks for.
    public enum Outcome: Sendable, Equatable {
        /// Run the command at `arguments.commandPath`.
        case run(ParsedArguments)
        /// Print this help text and exit successfully.
        case help(String)
    }

    /// Parses `arguments` (without the program name) for the command tree `root`.
    ///
    /// - Throws: `UsageError` naming the first problem and the command it belongs to.
    public static func parse(_ arguments: [String], root: CommandSpec) throws(UsageError) -> Outcome {
        var command = root
        var path = [root.name]
        var remaining = arguments[...]
        while !command.subcommands.isEmpty {
            guard let next = remaining.first else {
                let names = command.subcommands.map(\.name).joined(separator: ", ")
                throw UsageError(.invalid("missing command; use one of: \(names)"), commandPath: path)
            }
            if next == "--help" || next == "-h" { return .help(HelpFormatter.help(for: command, path: path)) }
            guard let subcommand = command.subcommand(named: next) else {
                if next.hasPrefix("-") {
                    throw UsageError(.unknownOption(next, suggestion: nil), commandPath: path)
                }
                let suggestion = closestMatch(to: next, among: command.subcommands.map(\.name))
                throw UsageError(.unknownCommand(next, suggestion: suggestion), commandPath: path)
            }
            remaining = remaining.dropFirst()
            command = subcommand
            path.append(subcommand.name)
        }
        return try parseLeaf(remaining, command: command, path: path)
    }

    private static func parseLeaf(
        _ arguments: ArraySlice<String>, command: CommandSpec, path: [String]
    ) throws(UsageError) -> Outcome {
        var parsed = ParsedArguments()
        parsed.commandPath = Array(path.dropFirst())
        parsed.declaredOptions = Set(command.options.map(\.name))
        var positionals: [String] = []
        var remaining = arguments
        var optionsEnded = false
        while let argument = remaining.popFirst() {
            if optionsEnded || argument == "-" || !argument.hasPrefix("-") {
                positionals.append(argument)
                continue
            }
            if argument == "--" {
                optionsEnded = true
                continue
            }
            let (spec, inlineValue) = try option(for: argument, in: command, path: path)
            if spec.name == OptionSpec.help.name { return .help(HelpFormatter.help(for: command, path: path)) }
            switch spec.kind {
            case .flag:
                if inlineValue != nil { throw UsageError(.unexpectedValue(option: spec.name), commandPath: path) }
                if parsed.flags.contains(spec.name) { throw UsageError(.repeatedOption(spec.name), commandPath: path) }
                parsed.flags.insert(spec.name)
            case .value, .number:
                if parsed.optionValues[spec.name] != nil {
                    throw UsageError(.repeatedOption(spec.name), commandPath: path)
                }
                let value = try value(inlineValue, for: spec, from: &remaining, path: path)
                try check(value, for: spec, path: path)
                parsed.optionValues[spec.name] = [value]
            case .repeatedValue:
                let value = try value(inlineValue, for: spec, from: &remaining, path: path)
                parsed.optionValues[spec.name, default: []].append(value)
            }
        }
        parsed.positionals = try assign(positionals, to: command.arguments, path: path)
        return .run(parsed)
    }

    private static func option(
        for argument: String, in command: CommandSpec, path: [String]
    ) throws(UsageError) -> (OptionSpec, String?) {
        if argument.hasPrefix("--") {
            let body = argument.dropFirst(2)
            let name = String(body.prefix { $0 != "=" })
            let inlineValue = body.firstIndex(of: "=").map { String(body[body.index(after: $0)...]) }
            guard let spec = command.option(named: name) else {
                let suggestion = closestMatch(to: name, among: command.options.map(\.name) + ["help"])
                throw UsageError(
                    .unknownOption("--" + name, suggestion: suggestion.map { "--" + $0 }), commandPath: path)
            }
            return (spec, inlineValue)
        }
        let letters = argument.dropFirst()
        guard letters.count == 1, let letter = letters.first, let spec = command.option(short: letter) else {
            throw UsageError(.unknownOption(argument, suggestion: nil), commandPath: path)
        }
        return (spec, nil)
    }

    /// The option's value: given inline (`--format=json`) or as the next argument.
    private static func value(
        _ inlineValue: String?, for spec: OptionSpec, from remaining: inout ArraySlice<String>, path: [String]
    ) throws(UsageError) -> String {
        if let inlineValue { return inlineValue }
        guard let value = remaining.first, value == "-" || !value.hasPrefix("-") else {
            throw UsageError(.missingValue(option: spec.name), commandPath: path)
        }
        remaining = remaining.dropFirst()
        return value
    }

    /// Refuses a value outside the option's allowed values or number range.
    private static func check(_ value: String, for spec: OptionSpec, path: [String]) throws(UsageError) {
        switch spec.kind {
        case .value(_, let allowed) where !allowed.isEmpty && !allowed.contains(value):
            throw UsageError(.invalidValue(option: spec.name, value: value, allowed: allowed), commandPath: path)
        case .number(_, let expected, let accepts) where !accepts(value):
            throw UsageError(.invalidNumber(option: spec.name, value: value, expected: expected), commandPath: path)
        default:
            return
        }
    }

    /// Distributes positional values over the declared arguments in order:
    /// each argument takes what it may while leaving enough for those after it.
    private static func assign(
        _ values: [String], to specs: [ArgumentSpec], path: [String]
    ) throws(UsageError) -> [String: [String]] {
        var result: [String: [String]] = [:]
        var index = 0
        for (position, spec) in specs.enumerated() {
            let requiredLater = specs[(position + 1)...].reduce(0) { count, later in
                switch later.arity {
                case .one, .oneOrMore: return count + 1
                case .optional, .zeroOrMore: return count
                }
            }
            let remaining = values.count - index
            let spare = max(0, remaining - requiredLater)
            let take: Int
            switch spec.arity {
            case .one: take = min(1, remaining)
            case .optional: take = min(1, spare)
            case .zeroOrMore: take = spare
            case .oneOrMore: take = min(remaining, max(1, spare))
            }
            if take == 0 && (spec.arity == .one || spec.arity == .oneOrMore) {
                throw UsageError(.missingArgument(spec.name), commandPath: path)
            }
            result[spec.name] = Array(values[index..<index + take])
            index += take
        }
        if index < values.count { throw UsageError(.unexpectedArgument(values[index]), commandPath: path) }
        return result
    }
}
