import Foundation
import Testing

@testable import SurveyCLI

/// Responses imported into an anonymous survey keep only the hour, as answers given online do.
@Suite struct AnonymousImportTests {
    @Test func importedAnswersOfAPublicSurveyKeepOnlyTheHour() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("survey-anonymous-import-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let survey = folder + "/feedback.json"
        let definition = #"""
            {"id": "feedback", "title": "Rückmeldung", "languages": ["de"], "access": "public",
             "pages": [{"id": "p", "title": "P", "questions": [
               {"id": "note", "type": "scale", "title": "Note", "scale": {"from": 1, "to": 5}}]}]}
            """#
        #expect(FileManager.default.createFile(atPath: survey, contents: Data(definition.utf8)))
        let csv = folder + "/antworten.csv"
        #expect(FileManager.default.createFile(atPath: csv, contents: Data("note\n4\n2\n".utf8)))
        let run = Run(["import", survey, csv, "--responses", folder + "/responses"])
        #expect(run.code == .success, "\(run.error)")
        let log = try String(contentsOfFile: folder + "/responses/feedback/log.jsonl", encoding: .utf8)
        let times = try log.split(separator: "\n").map { line in
            let record = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return record?["time"] as? String ?? ""
        }
        #expect(times.count == 2)
        #expect(times.allSatisfy { $0.hasSuffix(":00:00.000Z") }, "\(times)")
    }
}
