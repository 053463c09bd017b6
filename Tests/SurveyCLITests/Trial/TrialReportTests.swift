import Foundation
import SurveyModel
import TestSupport
import Testing

@testable import SurveyCLI

/// The committee report of a realistic survey, written by `survey report` as the office runs it,
/// compared with reviewed files, printed by Chromium and read back page by page.
///
/// In update mode (`SURVEY_UPDATE_GOLDEN=1`) the printed pages are also written as PNG files beside
/// the golden HTML, so a reviewer sees the report as the committee gets it.
@Suite(.serialized) struct TrialReportTests {
    static let golden = GoldenFiles.beside()

    /// The report variants the office prints: plain, by school type, filtered, in English; the
    /// page images of the first two are kept for review.
    static let variants: [(name: String, arguments: [String], keepsPages: Bool)] = [
        ("trial-report-de", [], true),
        ("trial-report-by-schulart", ["--by", "schulart"], true),
        ("trial-report-filtered", ["--filter", "ssa_vorhanden"], false),
        ("trial-report-en", ["--lang", "en"], false),
    ]

    /// A fresh responses folder with the trial's participants and answers, removed afterwards.
    static func withTrialResponses(_ body: (String) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("trial-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try TrialSurvey.write(into: folder)
        try body(folder)
    }

    /// Runs `survey report` and returns the folder it wrote.
    static func report(_ arguments: [String], responses: String) throws -> String {
        let out = responses + "/report-\(UUID().uuidString)"
        let run = Run(["report", TrialSurvey.definition, "--responses", responses, "--out", out] + arguments)
        #expect(run.code == .success, "\(run.error)")
        return out
    }

    /// The page with the date of the run replaced, so the file compares on any day.
    static func stable(_ html: String) -> String {
        guard case .date(let year, let month, let day) = EvaluateCommand.Input.today() else { return html }
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
        return html.replacing("\(two(day)).\(two(month)).\(year)", with: "TT.MM.JJJJ")
            .replacing("\(year)-\(two(month))-\(two(day))", with: "YYYY-MM-DD")
    }

    @Test func reportsMatchTheReviewedFiles() throws {
        try Self.withTrialResponses { responses in
            for variant in Self.variants {
                let folder = try Self.report(variant.arguments, responses: responses)
                let html = try String(contentsOfFile: folder + "/index.html", encoding: .utf8)
                Self.golden.expect(Self.stable(html), matches: variant.name + ".html")
            }
        }
    }

    /// Chromium prints each variant; the pages match the reviewed page images in number, and none is empty.
    @Test(.requires(.chromium), .requires(.pdftoppm), .requires(.pdftotext))
    func reportsPrintOnTheReviewedPages() throws {
        try Self.withTrialResponses { responses in
            for variant in Self.variants {
                let folder = try Self.report(variant.arguments, responses: responses)
                let pdf = folder + "/report.pdf"
                let printed = try ExternalTool.chromium.run([
                    "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--print-to-pdf=\(pdf)",
                    URL(fileURLWithPath: folder + "/index.html").absoluteString,
                ])
                guard printed != nil else { return }
                let text = try #require(try ExternalTool.pdftotext.run(["-layout", pdf, "-"])).output
                let pages = text.split(separator: "\u{0C}", omittingEmptySubsequences: false).dropLast()
                #expect(!pages.isEmpty, "\(variant.name): nothing printed")
                for (number, page) in pages.enumerated() {
                    #expect(
                        !page.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty,
                        "\(variant.name): page \(number + 1) is empty")
                }
                guard variant.keepsPages else { continue }
                let images = Self.golden.folder.appendingPathComponent(variant.name).path
                if Self.golden.mode == .update {
                    try? FileManager.default.removeItem(atPath: images)
                    try FileManager.default.createDirectory(atPath: images, withIntermediateDirectories: true)
                    _ = try ExternalTool.pdftoppm.run(["-png", "-r", "50", pdf, images + "/page"])
                } else {
                    let reviewed = (try? FileManager.default.contentsOfDirectory(atPath: images)) ?? []
                    #expect(
                        reviewed.count == pages.count,
                        "\(variant.name): \(pages.count) pages printed, \(reviewed.count) reviewed; run with SURVEY_UPDATE_GOLDEN=1 and look at the pages"
                    )
                }
            }
        }
    }
}
