import ArgumentParsing
import Testing

/// Options read through their typed declarations: defaults, absent values, and
/// the parser's refusal of numbers outside an option's range.
@Suite struct CommandOptionTests {
    static let verbose = CommandOption<Bool>("verbose", short: "v", help: "Say more.")
    static let out = CommandOption<String?>("out", short: "o", value: "file", help: "Write here.")
    static let format = CommandOption<String>(
        "format", value: "format", allowed: ["csv", "json"], default: "csv", help: "Output format.")
    static let port = CommandOption<Int>("port", value: "port", in: 0...65535, default: 8080, help: "Port.")
    static let count = CommandOption<Int?>("count", short: "n", value: "n", in: 1...Int.max, help: "How many.")
    static let seed = CommandOption<UInt64?>("seed", value: "s", in: 0...UInt64.max, help: "Seed.")
    static let tag = CommandOption<[String]>("tag", repeated: "name", help: "A tag.")

    static let command = CommandSpec(
        name: "tool", abstract: "A tool.",
        options: [verbose.spec, out.spec, format.spec, port.spec, count.spec, seed.spec, tag.spec])

    private struct HelpInsteadOfRun: Error {}

    private func parse(_ arguments: [String]) throws -> ParsedArguments {
        guard case .run(let parsed) = try ArgumentParser.parse(arguments, root: Self.command) else {
            throw HelpInsteadOfRun()
        }
        return parsed
    }

    @Test func absentOptionsReadAsTheirDefaults() throws {
        let parsed = try parse([])
        #expect(parsed[Self.verbose] == false)
        #expect(parsed[Self.out] == nil)
        #expect(parsed[Self.format] == "csv")
        #expect(parsed[Self.port] == 8080)
        #expect(parsed[Self.count] == nil)
        #expect(parsed[Self.seed] == nil)
        #expect(parsed[Self.tag] == [])
    }

    @Test func givenOptionsReadAsTheirTypes() throws {
        let parsed = try parse([
            "-v", "-o", "a.csv", "--format=json", "--port", "0", "-n", "12", "--seed", "18446744073709551615",
            "--tag", "x", "--tag=y",
        ])
        #expect(parsed[Self.verbose])
        #expect(parsed[Self.out] == "a.csv")
        #expect(parsed[Self.format] == "json")
        #expect(parsed[Self.port] == 0)
        #expect(parsed[Self.count] == 12)
        #expect(parsed[Self.seed] == UInt64.max)
        #expect(parsed[Self.tag] == ["x", "y"])
    }

    @Test(arguments: [
        (["--port", "65536"], "port", "65536", "a whole number from 0 to 65535"),
        (["--port=80a"], "port", "80a", "a whole number from 0 to 65535"),
        (["--port", "+80 "], "port", "+80 ", "a whole number from 0 to 65535"),
        (["-n", "0"], "count", "0", "a whole number of at least 1"),
        (["--count", "99999999999999999999"], "count", "99999999999999999999", "a whole number of at least 1"),
        (["--seed", "1.5"], "seed", "1.5", "a whole number from 0 to 18446744073709551615"),
    ])
    func refusesNumbersOutsideTheRange(_ arguments: [String], _ option: String, _ value: String, _ expected: String) {
        #expect(
            throws: UsageError(.invalidNumber(option: option, value: value, expected: expected), commandPath: ["tool"])
        ) {
            try parse(arguments)
        }
    }

    @Test func aNegativeNumberIsAMissingValue() {
        #expect(throws: UsageError(.missingValue(option: "port"), commandPath: ["tool"])) {
            try parse(["--port", "-1"])
        }
    }

    @Test func aBadNumberExplainsItselfAndPointsAtTheHelp() {
        let error = UsageError(
            .invalidNumber(option: "port", value: "x", expected: "a whole number from 0 to 65535"),
            commandPath: ["tool"])
        #expect(
            error.message == "--port must be a whole number from 0 to 65535, not \"x\"\nRun 'tool --help' for usage.")
    }

    @Test func aNumberOptionIsGivenOnce() {
        #expect(throws: UsageError(.repeatedOption("port"), commandPath: ["tool"])) {
            try parse(["--port", "1", "--port", "2"])
        }
    }

    @Test func helpShowsANumberOptionsValueName() throws {
        guard case .help(let text) = try ArgumentParser.parse(["--help"], root: Self.command) else {
            Issue.record("expected help")
            return
        }
        #expect(text.contains("  --port <port>"))
        #expect(text.contains("  -n, --count <n>"))
    }
}
