// libFuzzer entry point for the SurveyJS converter (SurveyJSConverter.convert).
//
// Every input must convert or fail with an error, never trap. Besides that the
// harness checks what the office relies on: converting the same bytes twice
// gives the same definition and warnings, every warning names a place and says
// something in both languages, a syntax error points inside the file, and a
// definition that loads goes through visibility and validation with no answers,
// which runs every translated condition.

import StrictJSON
import SurveyConversion
import SurveyModel

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSurveyJS(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let first: Conversion
    do {
        first = try SurveyJSConverter.convert(bytes, id: "fuzz", file: "fuzz.json")
    } catch {
        if case .syntax(let diagnostics) = error {
            guard !diagnostics.isEmpty else { fatalError("a syntax error without a diagnostic") }
            let lines = bytes.filter { $0 == UInt8(ascii: "\n") }.count + 1
            for diagnostic in diagnostics where diagnostic.location.line < 1 || diagnostic.location.line > lines {
                fatalError("\(diagnostic.rendered) lies outside the file (\(lines) lines)")
            }
        }
        guard !error.message(in: .de).isEmpty, !error.message(in: .en).isEmpty else { fatalError("empty message") }
        return 0
    }
    guard let second = try? SurveyJSConverter.convert(bytes, id: "fuzz", file: "fuzz.json"),
        second.bytes == first.bytes, second.warnings == first.warnings
    else { fatalError("two conversions differ") }
    for warning in first.warnings where warning.place.isEmpty || warning.german.isEmpty || warning.english.isEmpty {
        fatalError("incomplete warning \(warning)")
    }
    if let survey = first.result.survey {
        _ = survey.validate(Answers(), participant: [:], today: today)
        _ = survey.visibility(of: Answers(), participant: [:], today: today)
    }
    return 0
}

private let today = CalendarDate(year: 2026, month: 12, day: 5) ?? { fatalError("bad date") }()
