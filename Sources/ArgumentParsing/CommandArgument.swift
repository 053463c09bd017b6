/// A positional argument declared once: its `spec` goes into the command's
/// `CommandSpec`, and the same value is the typed key that reads it back
/// (`arguments[Self.survey]`), so a misspelt argument name cannot compile.
///
/// The value type follows the arity: `String` for a required argument (the
/// parser refuses a command line without it), `String?` for an optional one,
/// `[String]` for one that repeats.
public struct CommandArgument<Value: Sendable>: Sendable {
    public let spec: ArgumentSpec
    private let read: @Sendable ([String]) -> Value

    private init(_ spec: ArgumentSpec, read: @escaping @Sendable ([String]) -> Value) {
        self.spec = spec
        self.read = read
    }

    func value(in arguments: ParsedArguments) -> Value { read(arguments.positionals[spec.name] ?? []) }
}

extension CommandArgument where Value == String {
    /// A required argument.
    public init(_ name: String, help: String) {
        self.init(ArgumentSpec(name, help: help, arity: .one)) { $0.first ?? "" }
    }
}

extension CommandArgument where Value == String? {
    /// An argument that may be left out.
    public init(_ name: String, help: String) {
        self.init(ArgumentSpec(name, help: help, arity: .optional)) { $0.first }
    }
}

extension CommandArgument where Value == [String] {
    /// An argument given any number of times, or at least once when `required`.
    public init(_ name: String, required: Bool = false, help: String) {
        self.init(ArgumentSpec(name, help: help, arity: required ? .oneOrMore : .zeroOrMore)) { $0 }
    }
}
