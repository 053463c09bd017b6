import Foundation
import Testing

/// Reviewed files of expected output (HTML pages, SVG charts, diagnostics) that a test compares
/// its rendering with, so every change to the output is seen as a text difference in review.
///
/// One convention for every golden test: `SURVEY_UPDATE_GOLDEN=1 swift test --filter …` rewrites
/// the files from the current output instead of comparing; then review `git diff` before
/// committing. Under continuous integration the files are only compared.
package struct GoldenFiles: Sendable {
    /// Whether the files are compared with the output or rewritten from it.
    package enum Mode: Sendable {
        case compare, update
    }

    /// What one comparison found.
    package enum Outcome: Equatable, Sendable {
        case matches
        /// The file was written from the output (update mode only).
        case rewritten
        case missing
        /// The first line (counted from 1) where the file and the output part.
        case differs(line: Int, golden: String, output: String)
    }

    /// The folder of the files, usually `Golden` beside the test's source file.
    package let folder: URL
    package let mode: Mode

    /// - Parameter environment: `SURVEY_UPDATE_GOLDEN=1` there selects the update mode.
    package init(folder: URL, environment: TestEnvironment = .current) {
        self.init(folder: folder, mode: environment.updatesGoldenFiles ? .update : .compare)
    }

    package init(folder: URL, mode: Mode) {
        self.folder = folder
        self.mode = mode
    }

    /// The folder `Golden` beside the calling test's source file.
    package static func beside(_ filePath: String = #filePath) -> GoldenFiles {
        GoldenFiles(folder: URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Golden"))
    }

    /// Compares `output` with the file `name`, or rewrites the file in update mode; records an
    /// issue at the caller when they differ or the file is missing.
    package func expect(_ output: String, matches name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let shown = "\(folder.lastPathComponent)/\(name)"
        let hint = "run the test with SURVEY_UPDATE_GOLDEN=1 and review the difference"
        do {
            switch try compare(output, with: name) {
            case .matches, .rewritten:
                break
            case .missing:
                Issue.record("\(shown) is missing; \(hint)", sourceLocation: sourceLocation)
            case .differs(let line, let golden, let rendered):
                let lines = "  golden: \(golden)\n  output: \(rendered)"
                Issue.record(
                    "output differs from \(shown) at line \(line):\n\(lines)\n\(hint)", sourceLocation: sourceLocation)
            }
        } catch {
            Issue.record(error, "cannot read or write \(shown)", sourceLocation: sourceLocation)
        }
    }

    /// Compares `output` with the file `name` below ``folder``, or in update mode writes it there
    /// when it differs (leaving unchanged files untouched).
    /// - Throws: when the file exists but cannot be read, or cannot be written in update mode.
    package func compare(_ output: String, with name: String) throws -> Outcome {
        let url = folder.appendingPathComponent(name)
        let golden = FileManager.default.fileExists(atPath: url.path) ? try Data(contentsOf: url) : nil
        if golden == Data(output.utf8) { return .matches }
        switch mode {
        case .update:
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(output.utf8).write(to: url, options: .atomic)
            return .rewritten
        case .compare:
            guard let golden else { return .missing }
            return Self.firstDifference(String(decoding: golden, as: UTF8.self), output)
        }
    }

    /// The first line where two different texts part, each shortened for a readable message.
    static func firstDifference(_ golden: String, _ output: String) -> Outcome {
        let goldenLines = golden.split(separator: "\n", omittingEmptySubsequences: false)
        let outputLines = output.split(separator: "\n", omittingEmptySubsequences: false)
        let index =
            zip(goldenLines, outputLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(goldenLines.count, outputLines.count)
        func line(_ lines: [Substring]) -> String {
            lines.indices.contains(index) ? String(lines[index].prefix(200)) : "(end of text)"
        }
        return .differs(line: index + 1, golden: line(goldenLines), output: line(outputLines))
    }
}
