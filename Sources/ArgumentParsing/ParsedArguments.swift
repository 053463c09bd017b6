/// What the user gave on the command line, checked against a `CommandSpec`.
///
/// Options and arguments are read through the `CommandOption` and
/// `CommandArgument` values the command declares (`arguments[Self.out]`),
/// never by name, so a misspelt name cannot compile.
public struct ParsedArguments: Sendable, Equatable {
    /// The command path, e.g. `["participants", "import"]`.
    public internal(set) var commandPath: [String] = []
    var flags: Set<String> = []
    var optionValues: [String: [String]] = [:]
    var positionals: [String: [String]] = [:]
    /// The options the command declares, to catch reading one it does not.
    var declaredOptions: Set<String> = []

    /// The value of `option`, typed as the option declares it.
    public subscript<Value>(option: CommandOption<Value>) -> Value {
        assert(declaredOptions.contains(option.spec.name), "--\(option.spec.name) is not an option of this command")
        return option.value(in: self)
    }

    /// The value of a positional `argument`, typed by its arity.
    public subscript<Value>(argument: CommandArgument<Value>) -> Value {
        assert(positionals[argument.spec.name] != nil, "<\(argument.spec.name)> is not an argument of this command")
        return argument.value(in: self)
    }
}
