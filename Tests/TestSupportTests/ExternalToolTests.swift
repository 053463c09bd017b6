import Foundation
import Testing

@testable import TestSupport

/// The lookup of external programs, their run, and the trait that skips or insists on them.
@Suite struct ExternalToolTests {
    /// A folder for `PATH` holding `fake-tool`, a link to the system shell.
    static func folderWithFakeTool() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("external-tool-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("fake-tool").path, withDestinationPath: "/bin/sh")
        return folder
    }

    static func environment(path: String, ci: Bool = false) -> TestEnvironment {
        TestEnvironment(variables: ci ? ["PATH": path, "CI": "true"] : ["PATH": path])
    }

    @Test func findsTheProgramOnPath() throws {
        let folder = try Self.folderWithFakeTool()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tool = ExternalTool(
            command: "fake-tool", installation: "nowhere",
            environment: Self.environment(path: "/nonexistent:\(folder.path)"))
        #expect(tool.path == folder.appendingPathComponent("fake-tool").path)
        #expect(tool.isAvailable)
    }

    @Test func missingProgramNamesWhatToInstall() {
        let tool = ExternalTool(
            command: "xmllint", installation: "Debian package libxml2-utils",
            environment: Self.environment(path: "/nonexistent"))
        #expect(!tool.isAvailable)
        #expect(tool.missingReason == "xmllint not found on PATH (Debian package libxml2-utils)")
    }

    @Test func failingProbeMakesTheProgramMissing() throws {
        let folder = try Self.folderWithFakeTool()
        defer { try? FileManager.default.removeItem(at: folder) }
        let environment = Self.environment(path: folder.path)
        let failing = ExternalTool(
            command: "fake-tool", name: "a shell that fails", installation: "nowhere", probe: ["-c", "exit 3"],
            environment: environment)
        let passing = ExternalTool(
            command: "fake-tool", installation: "nowhere", probe: ["-c", "exit 0"], environment: environment)
        #expect(!failing.isAvailable)
        #expect(failing.missingReason == "a shell that fails not found on PATH (nowhere)")
        #expect(passing.isAvailable)
    }

    @Test func runPassesInputAndReturnsStatusAndOutput() throws {
        let folder = try Self.folderWithFakeTool()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tool = ExternalTool(
            command: "fake-tool", installation: "nowhere", environment: Self.environment(path: folder.path))
        // More than a pipe holds, echoed with shell builtins only, so it works with any PATH.
        let input = String(repeating: "Zeile äöü\n", count: 10_000)
        let script = "while IFS= read -r line; do printf '%s\\n' \"$line\"; done; echo fehlt >&2; exit 3"
        let outcome = try #require(try tool.run(["-c", script], input: input))
        #expect(outcome.status == 3)
        #expect(outcome.output == input + "fehlt\n")
    }

    /// A program that exits without reading its input leaves the test process alive.
    @Test func programIgnoringItsInputIsHarmless() throws {
        let folder = try Self.folderWithFakeTool()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tool = ExternalTool(
            command: "fake-tool", installation: "nowhere", environment: Self.environment(path: folder.path))
        let outcome = try #require(try tool.run(["-c", "exit 0"], input: String(repeating: "x", count: 1_000_000)))
        #expect(outcome.status == 0)
    }

    @Test func runningAMissingProgramIsAFailure() throws {
        let tool = ExternalTool(
            command: "xmllint", installation: "x", environment: Self.environment(path: "/nonexistent"))
        try withKnownIssue {
            let outcome = try tool.run(["--version"])
            #expect(outcome == nil)
        } matching: { issue in
            issue.comments.contains { $0.rawValue.contains("xmllint not found on PATH") }
        }
    }

    @Test func requirementSkipsWithTheReasonWhereTheProgramIsMissing() async throws {
        let missing = ExternalTool(
            command: "xmllint", installation: "x", environment: Self.environment(path: "/nonexistent"))
        let trait = ConditionTrait.requires(missing, environment: Self.environment(path: "/nonexistent"))
        #expect(try await trait.evaluate() == false)
        #expect(trait.comments == ["xmllint not found on PATH (x)"])
    }

    @Test func requirementRunsTheTestUnderContinuousIntegration() async throws {
        let missing = ExternalTool(
            command: "xmllint", installation: "x", environment: Self.environment(path: "/nonexistent"))
        let trait = ConditionTrait.requires(missing, environment: Self.environment(path: "/nonexistent", ci: true))
        #expect(try await trait.evaluate())
    }

    @Test func requirementRunsTheTestWhereTheProgramIsFound() async throws {
        let folder = try Self.folderWithFakeTool()
        defer { try? FileManager.default.removeItem(at: folder) }
        let environment = Self.environment(path: folder.path)
        let found = ExternalTool(command: "fake-tool", installation: "x", environment: environment)
        #expect(try await ConditionTrait.requires(found, environment: environment).evaluate())
    }

    @Test(arguments: [("true", true), ("TRUE", true), ("1", true), ("false", false), ("", false)])
    func continuousIntegrationIsRecognised(value: String, expected: Bool) {
        #expect(TestEnvironment(variables: ["CI": value]).isContinuousIntegration == expected)
        #expect(!TestEnvironment(variables: [:]).isContinuousIntegration)
    }

    /// Where a CI service runs the tests, every program must be there: a test that forgot its
    /// requirement trait, or that never reaches its program, still cannot hide a missing one.
    @Test(
        .enabled(if: TestEnvironment.current.isContinuousIntegration, "only under CI=true"),
        arguments: ExternalTool.all.map(\.name))
    func everyProgramIsInstalledUnderContinuousIntegration(name: String) throws {
        let tool = try #require(ExternalTool.all.first { $0.name == name })
        #expect(tool.isAvailable, "\(tool.missingReason)")
    }
}
