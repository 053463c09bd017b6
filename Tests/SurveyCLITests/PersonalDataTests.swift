import Foundation
import Testing

@testable import SurveyCLI

/// Personal-data questions stay out of exports unless asked for, and out of the report always.
@Suite struct PersonalDataTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("survey-personal-\(UUID().uuidString)")
        .path
    let survey = "\(repository)/surveys/digitale-bildung.json"

    @Test func exportLeavesOutPersonalQuestionsUnlessAskedFor() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let responses = ["--responses", folder]
        #expect(Run(["generate", survey, "--count", "6"] + responses).code == .success)

        let plain = Run(["export", survey] + responses)
        #expect(plain.code == .success, "\(plain.error)")
        let header = plain.out.split(separator: "\n").first.map(String.init) ?? ""
        #expect(header.hasPrefix("response,participant,submitted,schulart,"))
        #expect(plain.error.contains("personal-data questions left out: schulname (--include-personal exports them)"))

        let full = Run(["export", survey, "--include-personal"] + responses)
        #expect(full.code == .success, "\(full.error)")
        #expect(full.out.hasPrefix("response,participant,submitted,schulname,schulart,"))
        #expect(!full.error.contains("left out"))

        let codebook = Run(["export", survey, "--codebook", "--format", "markdown"] + responses)
        #expect(
            codebook.out.contains(
                "|  | schulname | Name der Schule | text | nicht exportiert: personenbezogene Angabe (survey export --include-personal) |"
            ))
    }

    @Test func reportShowsNeitherPersonalDataNorTheRespondentsInstructions() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let responses = ["--responses", folder]
        #expect(Run(["generate", survey, "--count", "6"] + responses).code == .success)
        let run = Run(["report", survey, "--out", folder + "/bericht", "--filter", "ganztag"] + responses)
        #expect(run.code == .success, "\(run.error)")
        let html = try String(contentsOfFile: folder + "/bericht/index.html", encoding: .utf8)
        #expect(!html.contains("q-schulname"))
        #expect(!html.contains("Name der Schule"))
        #expect(!html.contains("Der Landkreis möchte wissen"))
        #expect(html.contains("<p class=\"lead\">Dieser Bericht zeigt, wie die Schulen des Landkreises"))
        #expect(html.contains("Nur Antworten, für die gilt: „Ist Ihre Schule eine Ganztagsschule?“ ist „ja“"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/bericht/stichtag.svg"))
    }
}
