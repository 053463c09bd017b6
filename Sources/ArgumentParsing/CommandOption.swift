/// A named option declared once: its `spec` goes into the command's
/// `CommandSpec`, and the same value is the typed key that reads it back
/// (`arguments[Self.out]`), so a misspelt option name cannot compile.
///
/// The value type says how the option is read: `Bool` for a flag, `String?`
/// for an optional value, `String` or a number with a default, a number type
/// whose range the parser checks, `[String]` for a repeatable option.
public struct CommandOption<Value: Sendable>: Sendable {
    public let spec: OptionSpec
    private let read: @Sendable (ParsedArguments) -> Value

    private init(_ spec: OptionSpec, read: @escaping @Sendable (ParsedArguments) -> Value) {
        self.spec = spec
        self.read = read
    }

    func value(in arguments: ParsedArguments) -> Value { read(arguments) }
}

extension CommandOption where Value == Bool {
    /// A flag (`--pending`): true when given.
    public init(_ name: String, short: Character? = nil, help: String) {
        self.init(OptionSpec(name, short: short, .flag, help: help)) { $0.flags.contains(name) }
    }
}

extension CommandOption where Value == String? {
    /// An option taking one value (`--out <file>`), nil when not given.
    /// - Parameter allowed: the only values accepted, where non-empty.
    public init(_ name: String, short: Character? = nil, value valueName: String, allowed: [String] = [], help: String)
    {
        self.init(OptionSpec(name, short: short, .value(name: valueName, allowed: allowed), help: help)) {
            $0.optionValues[name]?.last
        }
    }
}

extension CommandOption where Value == String {
    /// An option taking one value, `defaultValue` when not given.
    public init(
        _ name: String, short: Character? = nil, value valueName: String, allowed: [String] = [],
        default defaultValue: String, help: String
    ) {
        self.init(OptionSpec(name, short: short, .value(name: valueName, allowed: allowed), help: help)) {
            $0.optionValues[name]?.last ?? defaultValue
        }
    }
}

extension CommandOption where Value == [String] {
    /// An option that may be given several times; its values in order.
    public init(_ name: String, short: Character? = nil, repeated valueName: String, help: String) {
        self.init(OptionSpec(name, short: short, .repeatedValue(name: valueName), help: help)) {
            $0.optionValues[name] ?? []
        }
    }
}

extension CommandOption {
    /// A whole number within `range`, nil when not given. The parser refuses
    /// anything else with `UsageError.Reason.invalidNumber`.
    public init<Number: FixedWidthInteger & Sendable>(
        _ name: String, short: Character? = nil, value valueName: String, in range: ClosedRange<Number>,
        help: String
    ) where Value == Number? {
        self.init(OptionSpec(name, short: short, .number(valueName, range: range), help: help)) {
            $0.optionValues[name]?.last.flatMap { Number($0) }
        }
    }
}

extension CommandOption where Value: FixedWidthInteger {
    /// A whole number within `range`, `defaultValue` when not given.
    public init(
        _ name: String, short: Character? = nil, value valueName: String, in range: ClosedRange<Value>,
        default defaultValue: Value, help: String
    ) {
        self.init(OptionSpec(name, short: short, .number(valueName, range: range), help: help)) {
            $0.optionValues[name]?.last.flatMap { Value($0) } ?? defaultValue
        }
    }
}
