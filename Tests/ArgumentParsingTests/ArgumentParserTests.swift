import ArgumentParsing
import Testing

@Suite struct ArgumentParserTests {
    static let format = CommandOption<String?>(
        "format", value: "format", allowed: ["text", "json"], help: "Output format.")
    static let quiet = CommandOption<Bool>("quiet", short: "q", help: "Only errors.")
    static let out = CommandOption<String?>("out", value: "file", help: "Write invitations here.")
    static let field = CommandOption<[String]>("field", repeated: "name", help: "Extra field.")
    static let paths = CommandArgument<[String]>("path", help: "Files or folders.")
    static let survey = CommandArgument<String>("survey", help: "Survey id.")
    static let file = CommandArgument<String>("file", help: "CSV file.")

    static let tree = CommandSpec(
        name: "survey", abstract: "Survey tool.",
        subcommands: [
            CommandSpec(
                name: "validate", abstract: "Check definitions.",
                arguments: [paths.spec],
                options: [format.spec, quiet.spec]),
            CommandSpec(
                name: "participants", abstract: "Manage participants.",
                subcommands: [
                    CommandSpec(
                        name: "import", abstract: "Import a CSV file.",
                        arguments: [survey.spec, file.spec],
                        options: [out.spec, field.spec])
                ]),
        ])

    private func run(_ arguments: [String]) throws(UsageError) -> ParsedArguments? {
        if case .run(let parsed) = try ArgumentParser.parse(arguments, root: Self.tree) { return parsed }
        return nil
    }

    @Test func parsesOptionsAndArgumentsInAnyOrder() throws {
        let parsed = try #require(try run(["validate", "a.json", "--format", "json", "-q", "b"]))
        #expect(parsed.commandPath == ["validate"])
        #expect(parsed[Self.paths] == ["a.json", "b"])
        #expect(parsed[Self.format] == "json")
        #expect(parsed[Self.quiet])
    }

    @Test func acceptsInlineValuesAndDoubleDash() throws {
        let parsed = try #require(try run(["participants", "import", "--out=inv.csv", "--", "s", "-file.csv"]))
        #expect(parsed.commandPath == ["participants", "import"])
        #expect(parsed[Self.out] == "inv.csv")
        #expect(parsed[Self.survey] == "s")
        #expect(parsed[Self.file] == "-file.csv")
    }

    @Test func keepsRepeatedValuesInOrder() throws {
        let parsed = try #require(try run(["participants", "import", "s", "f", "--field", "a", "--field=b"]))
        #expect(parsed[Self.field] == ["a", "b"])
    }

    @Test(arguments: [
        (["validate", "--formt", "json"], UsageError.Reason.unknownOption("--formt", suggestion: "--format")),
        (["validate", "--verbose"], .unknownOption("--verbose", suggestion: nil)),
        (["validate", "-x"], .unknownOption("-x", suggestion: nil)),
        (["validate", "--format"], .missingValue(option: "format")),
        (["validate", "--format", "--quiet"], .missingValue(option: "format")),
        (["validate", "--format", "xml"], .invalidValue(option: "format", value: "xml", allowed: ["text", "json"])),
        (["validate", "--format=json", "--format=text"], .repeatedOption("format")),
        (["validate", "--quiet=yes"], .unexpectedValue(option: "quiet")),
        (["validat"], .unknownCommand("validat", suggestion: "validate")),
        (["participants", "import", "s"], .missingArgument("file")),
        (["participants", "import", "s", "f", "extra"], .unexpectedArgument("extra")),
        ([], .invalid("missing command; use one of: validate, participants")),
    ])
    func reportsUsageErrors(_ arguments: [String], _ reason: UsageError.Reason) {
        #expect(throws: UsageError.self) { try run(arguments) }
        do {
            _ = try run(arguments)
        } catch {
            #expect(error.reason == reason)
        }
    }

    @Test func usageErrorsPointAtTheRightHelp() {
        do {
            _ = try run(["participants", "import", "--nope"])
            Issue.record("expected a usage error")
        } catch {
            #expect(error.message == "unknown option '--nope'\nRun 'survey participants import --help' for usage.")
        }
    }

    @Test func rendersHelpFromTheSpec() throws {
        guard case .help(let text) = try ArgumentParser.parse(["validate", "--help"], root: Self.tree) else {
            Issue.record("expected help")
            return
        }
        #expect(
            text == """
                Check definitions.

                USAGE: survey validate [options] [<path> ...]

                ARGUMENTS:
                  <path>             Files or folders.

                OPTIONS:
                  --format <format>  Output format. (text, json)
                  -q, --quiet        Only errors.
                  -h, --help         Show this help and exit.

                """)
        guard case .help(let root) = try ArgumentParser.parse(["-h"], root: Self.tree) else {
            Issue.record("expected help")
            return
        }
        #expect(root.contains("COMMANDS:\n  validate      Check definitions.\n  participants  Manage participants.\n"))
    }
}
