import Synchronization
import Testing

@testable import SurveyCLI
@testable import SurveyModel

/// `survey validate` speaks German when asked to, by option or by the environment, and English otherwise.
@Suite struct ValidateLanguageTests {
    static let file = "\(repository)/Tests/SurveyModelTests/Fixtures/invalid/syntax-trailing-commas.json"

    /// Standard output of `validate` run with `arguments` under `environment`.
    private func validate(_ arguments: [String], environment: [String: String] = [:]) -> String {
        let out = Mutex("")
        let console = Console(
            out: { text in out.withLock { $0 += text } }, error: { _ in }, environment: environment)
        _ = SurveyCommandLine.run(["validate"] + arguments + [Self.file], console: console)
        return out.withLock { $0 }
    }

    @Test func optionChoosesGermanAndKeepsTheSeverityWord() {
        let out = validate(["--lang", "de"])
        #expect(out.contains(":12:79: error: überzähliges Komma vor ']': Entfernen Sie das Komma"))
        #expect(out.hasSuffix("1 Datei geprüft: 3 Fehler, 0 Warnungen\n"))
    }

    @Test(arguments: [
        (["LANG": "de_DE.UTF-8"], true), (["LC_ALL": "de_AT.UTF-8", "LANG": "en_US.UTF-8"], true),
        (["LC_MESSAGES": "de_CH"], true), (["LANG": "en_GB.UTF-8"], false), (["LANG": "C"], false), ([:], false),
        (["LC_ALL": "", "LANG": "de_DE"], true),
    ])
    func environmentChoosesTheLanguage(environment: [String: String], german: Bool) {
        #expect(validate([], environment: environment).contains("überzähliges Komma") == german)
    }

    @Test func optionOverridesTheEnvironment() {
        #expect(validate(["--lang", "en"], environment: ["LANG": "de_DE.UTF-8"]).contains("trailing comma before"))
    }

    @Test func jsonOutputCarriesTheMessageID() {
        let out = validate(["--format", "json", "--lang", "de"])
        #expect(out.contains(#""message":"überzähliges Komma vor ']'"#))
        #expect(out.contains(#""id":"json.trailing-comma""#))
    }

    @Test func everyMessageExistsInBothLanguages() {
        // JSON literals and keys read the same in both languages; an expression's problem is only its arguments.
        let same: Set<DiagnosticMessageID> = [
            .expressionProblem, .valueNull, .valueTrue, .valueFalse, .placeReport, .placeTopLevelKey, .placeMail,
        ]
        for id in DiagnosticMessageID.allCases {
            let message = DiagnosticMessage(id, "x", "y", "z", "w", "v")
            #expect((message.text(.de) == message.text(.en)) == same.contains(id), "\(id.rawValue)")
            #expect(!message.text(.de).contains(#/\{[0-9]+\}/#), "\(id.rawValue)")
        }
    }
}
