// libFuzzer entry point for the LimeSurvey converter (`survey convert limesurvey`).
//
// Every input must convert or fail with a LimeSurveyError, never trap. Besides
// that the harness checks what users rely on: an error has a message in both
// languages, every warning names its place and says something in both, and
// converting the same bytes twice gives the same definition and warnings.

import SurveyConversion

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLimeSurvey(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let first: Conversion
    do {
        first = try LimeSurveyConverter.convert(bytes)
    } catch {
        guard !error.message(in: "de").isEmpty, !error.message(in: "en").isEmpty else {
            fatalError("an error without a message: \(error)")
        }
        return 0
    }
    for warning in first.warnings where warning.place.isEmpty || warning.german.isEmpty || warning.english.isEmpty {
        fatalError("a warning without place or text: \(warning)")
    }
    guard let second = try? LimeSurveyConverter.convert(bytes), second.bytes == first.bytes,
        second.warnings == first.warnings
    else { fatalError("two conversions of the same bytes differ") }
    return 0
}
