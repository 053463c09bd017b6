import Synchronization
import Testing

@testable import SurveyCLI

/// Runs the command line in-process and captures what it prints.
struct Run {
    let code: ExitCode
    let out: String
    let error: String

    init(_ arguments: String...) { self.init(arguments) }

    /// Runs `arguments`; with `terminal`, standard output counts as a terminal.
    init(_ arguments: [String], terminal: Bool = false) {
        let out = Mutex("")
        let error = Mutex("")
        let console = Console(
            out: { text in out.withLock { $0 += text } },
            error: { text in error.withLock { $0 += text } }, outputIsTerminal: terminal)
        code = SurveyCommandLine.run(arguments, console: console)
        self.out = out.withLock { $0 }
        self.error = error.withLock { $0 }
    }
}

/// The repository root, found from this file's path so tests run from any directory.
let repository = String(#filePath.split(separator: "/Tests/", maxSplits: 1)[0])

@Suite struct CommandLineTests {
    @Test func acceptsTheShippedSurveys() {
        let run = Run("validate", "\(repository)/surveys")
        #expect(run.code == .success)
        #expect(run.out == "2 files checked: 0 errors, 0 warnings\n")
        #expect(run.error.isEmpty)
    }

    @Test func reportsProblemsWithAnExcerptAndExitsWithOne() {
        let file = "\(repository)/Tests/SurveyModelTests/Fixtures/invalid/unknown-key.json"
        let run = Run("validate", file)
        #expect(run.code == .failure)
        #expect(
            run.out == """
                \(file):25:11: error: unknown key "requried" in question "internet"; did you mean "required"?
                 25 |           "requried": true,
                    |           ^
                1 file checked: 1 error, 0 warnings

                """)
    }

    @Test func printsDiagnosticsAsJSON() {
        let file = "\(repository)/Tests/SurveyModelTests/Fixtures/invalid/unknown-key.json"
        let run = Run("validate", "--format", "json", file)
        #expect(run.code == .failure)
        #expect(
            run.out.hasPrefix(
                #"{"files":[{"file":"\#(file)","valid":false}],"diagnostics":[{"file":"\#(file)","line":25,"column":11,"severity":"error","message":"unknown key \"requried\""#
            ))
        #expect(run.out.hasSuffix(#""errors":1,"warnings":0}"# + "\n"))
    }

    @Test func checksEveryFileOfAFolder() {
        let run = Run("validate", "\(repository)/Tests/SurveyModelTests/Fixtures/invalid")
        #expect(run.code == .failure)
        #expect(run.out.contains("syntax-comment.json:"))
        #expect(run.out.contains("visible-if-cycle.json:"))
    }

    @Test(arguments: [
        (["validate", "no/such/file.json"], "survey: error: no such file or folder: no/such/file.json\n"),
        (
            ["valdate"],
            "survey: error: unknown command 'valdate'; did you mean 'validate'?\nRun 'survey --help' for usage.\n"
        ),
        (
            ["validate", "--formt=json"],
            "survey: error: unknown option '--formt'; did you mean '--format'?\nRun 'survey validate --help' for usage.\n"
        ),
        (
            ["validate", "--format", "xml"],
            "survey: error: invalid value 'xml' for '--format'; use one of: text, json\nRun 'survey validate --help' for usage.\n"
        ),
    ])
    func rejectsWrongUsageWithExitCodeTwo(_ arguments: [String], _ message: String) {
        let run = Run(arguments)
        #expect(run.code == .usage)
        #expect(run.error == message)
        #expect(run.out.isEmpty)
    }

    @Test func printsHelp() {
        let run = Run("validate", "--help")
        #expect(run.code == .success)
        #expect(
            run.out.hasPrefix(
                "Check survey definitions and report every problem with file, line and column.\n\nUSAGE: survey validate [options] [<path> ...]\n"
            ))
        let overview = Run("--help").out
        #expect(overview.contains("COMMANDS:\n  serve "))
        #expect(overview.contains("\n  validate      Check survey definitions"))
    }
}
