/// What the user gave on the command line, checked against a `CommandSpec`.
public struct ParsedArguments: Sendable, Equatable {
    /// The command path, e.g. `["participants", "import"]`.
    public internal(set) var commandPath: [String] = []
    var flags: Set<String> = []
    var optionValues: [String: [String]] = [:]
    var positionals: [String: [String]] = [:]

    /// Whether flag `--name` was given.
    public func flag(_ name: String) -> Bool { flags.contains(name) }

    /// The last value of option `--name`, if given.
    public func value(_ name: String) -> String? { optionValues[name]?.last }

    /// Every value of a repeatable option, in order.
    public func values(_ name: String) -> [String] { optionValues[name] ?? [] }

    /// The value of a single positional argument.
    public func argument(_ name: String) -> String? { positionals[name]?.first }

    /// The values of a repeating positional argument.
    public func arguments(_ name: String) -> [String] { positionals[name] ?? [] }
}
