/// The declared shape of one command: its arguments, options and subcommands.
///
/// Help text and error messages are generated from it, so they always agree
/// with what the parser accepts.
public struct CommandSpec: Sendable {
    public let name: String
    /// One line saying what the command does.
    public let abstract: String
    /// Further paragraphs for `--help`.
    public var discussion: String?
    public var arguments: [ArgumentSpec]
    public var options: [OptionSpec]
    public var subcommands: [CommandSpec]

    public init(
        name: String, abstract: String, discussion: String? = nil,
        arguments: [ArgumentSpec] = [], options: [OptionSpec] = [], subcommands: [CommandSpec] = []
    ) {
        self.name = name
        self.abstract = abstract
        self.discussion = discussion
        self.arguments = arguments
        self.options = options
        self.subcommands = subcommands
    }

    func subcommand(named name: String) -> CommandSpec? {
        subcommands.first { $0.name == name }
    }

    func option(named name: String) -> OptionSpec? {
        options.first { $0.name == name } ?? (name == "help" ? OptionSpec.help : nil)
    }

    func option(short: Character) -> OptionSpec? {
        options.first { $0.short == short } ?? (short == "h" ? OptionSpec.help : nil)
    }
}

/// A positional argument.
public struct ArgumentSpec: Sendable {
    public enum Arity: Sendable {
        case one, optional, zeroOrMore, oneOrMore
    }

    public let name: String
    public let help: String
    public let arity: Arity

    public init(_ name: String, help: String, arity: Arity = .one) {
        self.name = name
        self.help = help
        self.arity = arity
    }
}

/// A named option: a flag (`--pending`) or one taking a value (`--format json`).
public struct OptionSpec: Sendable {
    public enum Kind: Sendable {
        case flag
        /// Takes a value; `allowed` restricts it where non-empty.
        case value(name: String, allowed: [String] = [])
        /// Takes a value and may be given several times.
        case repeatedValue(name: String)
        /// Takes a whole number: `accepts` says whether a value is one, and
        /// `expected` describes the acceptable ones for the error message.
        case number(name: String, expected: String, accepts: @Sendable (String) -> Bool)

        /// A whole number of type `Number` within `range`.
        static func number<Number: FixedWidthInteger & Sendable>(
            _ name: String, range: ClosedRange<Number>
        ) -> Kind {
            let expected =
                range.upperBound == Number.max && range.lowerBound != Number.min
                ? "a whole number of at least \(range.lowerBound)"
                : "a whole number from \(range.lowerBound) to \(range.upperBound)"
            return .number(name: name, expected: expected) { text in Number(text).map(range.contains) ?? false }
        }
    }

    public let name: String
    public let short: Character?
    public let kind: Kind
    public let help: String

    public init(_ name: String, short: Character? = nil, _ kind: Kind = .flag, help: String) {
        self.name = name
        self.short = short
        self.kind = kind
        self.help = help
    }

    static let help = OptionSpec("help", short: "h", help: "Show this help and exit.")

    var takesValue: Bool {
        if case .flag = kind { return false }
        return true
    }
}
