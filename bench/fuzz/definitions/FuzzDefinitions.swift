// libFuzzer entry point for the survey definition loader and linter.
//
// Every input must load or fail with diagnostics, never trap. Besides that the
// harness checks what users rely on: each diagnostic points at a line and
// column inside the file, carries that line's text and a message, and loading
// the same bytes twice gives the same diagnostics. A survey that loads goes
// through visibility and validation with no answers, which runs every compiled
// expression.

import StrictJSON
import SurveyModel

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDefinition(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let file = "surveys/\(surveyID(in: bytes)).json"
    let first = Survey.load(bytes: bytes, file: file)
    let second = Survey.load(bytes: bytes, file: file)
    guard first.diagnostics == second.diagnostics else { fatalError("diagnostics differ between two loads") }
    let lines = Lines(bytes)
    for diagnostic in first.diagnostics {
        guard diagnostic.file == file, !diagnostic.message.isEmpty else { fatalError("bad diagnostic \(diagnostic)") }
        guard lines.contains(diagnostic.location) else {
            fatalError("\(diagnostic.rendered) lies outside the file (\(lines.columnCounts.count) lines)")
        }
        guard diagnostic.lineText == lines.locator.lineText(diagnostic.location.line) else {
            fatalError("\(diagnostic.rendered) shows another line: \(diagnostic.lineText)")
        }
    }
    if let survey = first.survey {
        guard !first.diagnostics.contains(where: { $0.severity == .error }) else { fatalError("loaded with errors") }
        _ = survey.validate(Answers(), participant: [:], today: today)
        _ = survey.visibility(of: Answers(), participant: [:], today: today)
    } else if !first.diagnostics.contains(where: { $0.severity == .error }) {
        fatalError("failed without an error")
    }
    return 0
}

private let today = CalendarDate(year: 2026, month: 11, day: 27) ?? { fatalError("bad date") }()

/// The survey's own id when the input has one, so that seeds which load keep loading.
private func surveyID(in bytes: [UInt8]) -> String {
    guard let document = try? JSONDocument(parsing: bytes), let id = document.root["id"]?.string,
        !id.isEmpty, !id.contains("/")
    else { return "fuzz" }
    return id
}

/// The number of columns of every line, counted as the locator does (scalars, BOM excluded).
private struct Lines {
    let locator: SourceLocator
    var columnCounts: [Int] = [0]

    init(_ bytes: [UInt8]) {
        locator = SourceLocator(bytes)
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        for byte in body {
            if byte == UInt8(ascii: "\n") {
                columnCounts.append(0)
            } else if byte & 0xC0 != 0x80 {
                columnCounts[columnCounts.count - 1] += 1
            }
        }
    }

    /// Whether `location` is a character of the file or the place just after a line's end.
    func contains(_ location: SourceLocation) -> Bool {
        guard location.line >= 1, location.line <= columnCounts.count else { return false }
        return location.column >= 1 && location.column <= columnCounts[location.line - 1] + 1
    }
}
