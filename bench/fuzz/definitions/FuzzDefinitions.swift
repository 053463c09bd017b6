// libFuzzer entry point for the definition loader: whatever the bytes, loading
// returns a survey or diagnostics and never traps; every diagnostic points into
// the file; a survey that loads survives visibility and validation of empty
// answers. SurveyModel's sources are compiled into this module.
import StrictJSON

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDefinitions(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let result = Survey.load(bytes: bytes, file: "fuzz.json")
    let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).count
    for diagnostic in result.diagnostics {
        _ = diagnostic.rendered
        if diagnostic.location.line < 1 || diagnostic.location.line > lines || diagnostic.location.column < 1 {
            fatalError("diagnostic outside the file: \(diagnostic.rendered)")
        }
    }
    if let survey = result.survey {
        guard let today = CalendarDate(year: 2026, month: 11, day: 27) else { return 0 }
        _ = survey.validate(Answers(), participant: [:], today: today)
        _ = survey.visibility(of: Answers(), participant: [:], today: today)
    }
    return 0
}
