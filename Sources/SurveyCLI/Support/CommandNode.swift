import ArgumentParsing

/// One command of the `survey` tool: its declared shape and what running it does.
struct CommandNode: Sendable {
    let spec: CommandSpec
    let run: (@Sendable (ParsedArguments, Console) -> ExitCode)?
    let children: [CommandNode]

    /// A command that runs.
    init(_ spec: CommandSpec, run: @escaping @Sendable (ParsedArguments, Console) -> ExitCode) {
        self.spec = spec
        self.run = run
        children = []
    }

    /// A group of commands (`survey participants …`).
    init(group name: String, abstract: String, _ children: [CommandNode]) {
        spec = CommandSpec(name: name, abstract: abstract, subcommands: children.map(\.spec))
        run = nil
        self.children = children
    }

    /// The command at `path` below this one.
    func node(at path: some Collection<String>) -> CommandNode? {
        guard let first = path.first else { return self }
        return children.first { $0.spec.name == first }?.node(at: path.dropFirst())
    }
}
