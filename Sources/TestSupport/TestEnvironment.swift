import Foundation

/// The environment variables that change how the tests behave, read in one place so that their
/// names and meanings are documented once (see CONTRIBUTING.md).
package struct TestEnvironment: Sendable {
    /// The variables as given; tests of the test helpers pass their own.
    package var variables: [String: String]

    package init(variables: [String: String]) {
        self.variables = variables
    }

    /// The environment of this test process.
    package static var current: TestEnvironment {
        TestEnvironment(variables: ProcessInfo.processInfo.environment)
    }

    /// True under continuous integration (`CI=true`, as CI services and `.ci/run` set it).
    ///
    /// There a missing external program fails its tests instead of skipping them, so that CI
    /// proves what a developer's machine may skip, and golden files are never rewritten.
    package var isContinuousIntegration: Bool {
        guard let value = variables["CI"]?.lowercased() else { return false }
        return value == "true" || value == "1"
    }

    /// True when `SURVEY_UPDATE_GOLDEN=1` asks the golden tests to rewrite their files from the
    /// current output instead of comparing; never under continuous integration.
    package var updatesGoldenFiles: Bool {
        variables["SURVEY_UPDATE_GOLDEN"] == "1" && !isContinuousIntegration
    }

    /// True when `SURVEY_TIMING_TESTS=1` asks for the tests that compare waiting times.
    ///
    /// They hold the store's writer against a report counting on another core, which only means
    /// something when no other test shares the cores; `.ci/run` runs them on their own after the suite.
    package var runsTimingTests: Bool { variables["SURVEY_TIMING_TESTS"] == "1" }

    /// The folders searched for programs, in order.
    package var searchPath: [String] {
        (variables["PATH"] ?? "").split(separator: ":").map(String.init)
    }
}
