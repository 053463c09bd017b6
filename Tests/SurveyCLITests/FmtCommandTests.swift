import Foundation
import Synchronization
import Testing

@testable import SurveyCLI

/// `survey fmt`: rewrites into the canonical layout, `--check` only reports, broken JSON is never written.
@Suite struct FmtCommandTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("survey-fmt-\(UUID().uuidString)").path
    static let scrambled = #"{"pages":[],"access":"public","title":"T","id":"probe"}"#
    static let canonical = """
        {
          "id": "probe",
          "title": "T",
          "access": "public",
          "pages": []
        }

        """

    init() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    func write(_ name: String, _ text: String) {
        _ = FileManager.default.createFile(atPath: folder + "/" + name, contents: Data(text.utf8))
    }

    func read(_ name: String) -> String {
        String(decoding: FileManager.default.contents(atPath: folder + "/" + name) ?? Data(), as: UTF8.self)
    }

    @Test func theShippedSurveysAreCanonical() {
        let run = Run("fmt", "--check", "\(repository)/surveys")
        #expect(run.code == .success)
        #expect(run.out.isEmpty && run.error.isEmpty)
    }

    @Test func checkListsFilesNotInTheLayoutAndChangesNothing() {
        write("probe.json", Self.scrambled)
        write("fertig.json", Self.canonical)
        let run = Run("fmt", "--check", folder)
        #expect(run.code == .failure)
        #expect(run.out == "\(folder)/probe.json: not in the canonical layout (run survey fmt)\n")
        #expect(read("probe.json") == Self.scrambled)
    }

    @Test func rewritesFilesAndLeavesNoTemporaryFile() throws {
        write("probe.json", Self.scrambled)
        let run = Run("fmt", folder + "/probe.json")
        #expect(run.code == .success)
        #expect(run.out == "\(folder)/probe.json: rewritten\n")
        #expect(read("probe.json") == Self.canonical)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["probe.json"])
        #expect(Run("fmt", "--check", folder).code == .success)
    }

    @Test func aFileThatIsNoJSONIsReportedWithItsPositionAndNeverWritten() {
        let broken = "{\n  \"id\": \"probe\",\n}\n"
        write("kaputt.json", broken)
        write("probe.json", Self.scrambled)
        let run = Run("fmt", folder)
        #expect(run.code == .failure)
        #expect(run.error.contains("\(folder)/kaputt.json:2:16: error: trailing comma"))
        #expect(read("kaputt.json") == broken)
        #expect(read("probe.json") == Self.canonical, "the other files are still formatted")
    }

    @Test func speaksGermanWhenTheEnvironmentAsks() {
        write("probe.json", Self.scrambled)
        let out = Mutex("")
        let console = Console(
            out: { text in out.withLock { $0 += text } }, error: { _ in }, environment: ["LANG": "de_DE.UTF-8"])
        #expect(SurveyCommandLine.run(["fmt", "--check", folder], console: console) == .failure)
        #expect(out.withLock { $0 } == "\(folder)/probe.json: nicht im einheitlichen Layout (survey fmt aufrufen)\n")
    }

    @Test func aMissingPathIsAUsageError() {
        #expect(Run("fmt", folder + "/fehlt.json").code == .usage)
    }
}
