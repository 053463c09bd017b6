import ArgumentParsing
import Testing

/// Positional arguments read through their typed declarations, by arity.
@Suite struct CommandArgumentTests {
    static let survey = CommandArgument<String>("survey", help: "The survey.")
    static let label = CommandArgument<String?>("label", help: "A label.")
    static let files = CommandArgument<[String]>("file", help: "Files.")

    static let command = CommandSpec(
        name: "tool", abstract: "A tool.", arguments: [survey.spec, label.spec, files.spec])

    private func parse(_ arguments: [String]) throws -> ParsedArguments? {
        guard case .run(let parsed) = try ArgumentParser.parse(arguments, root: Self.command) else { return nil }
        return parsed
    }

    @Test func readsEachArgumentAsItsArityTypesIt() throws {
        let parsed = try #require(try parse(["s", "l", "a", "b"]))
        #expect(parsed[Self.survey] == "s")
        #expect(parsed[Self.label] == "l")
        #expect(parsed[Self.files] == ["a", "b"])
    }

    @Test func leftOutArgumentsReadAsNilOrEmpty() throws {
        let parsed = try #require(try parse(["s"]))
        #expect(parsed[Self.survey] == "s")
        #expect(parsed[Self.label] == nil)
        #expect(parsed[Self.files] == [])
    }

    @Test func aRequiredArgumentIsRequired() {
        #expect(throws: UsageError(.missingArgument("survey"), commandPath: ["tool"])) { try parse([]) }
    }

    @Test func declaresItsArity() {
        #expect(Self.survey.spec.arity == .one)
        #expect(Self.label.spec.arity == .optional)
        #expect(Self.files.spec.arity == .zeroOrMore)
        #expect(CommandArgument<[String]>("path", required: true, help: "Paths.").spec.arity == .oneOrMore)
    }
}
