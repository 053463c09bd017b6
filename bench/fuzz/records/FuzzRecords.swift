// libFuzzer entry point for the response log's record decoder: one line of
// the log becomes a record or a typed error, never a trap. A record that
// decodes must be written back by `writeLine` and decode from that line to
// the same record, and its time must be written exactly as it was read.

import StrictJSON
import SurveyStore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRecord(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let document = try? JSONDocument(parsing: bytes) else { return 0 }
    let record: ResponseRecord
    do {
        _ = try? ResponseRecord(decoding: document.root, keepAnswers: false)
        record = try ResponseRecord(decoding: document.root)
    } catch {
        guard !error.description.isEmpty else { fatalError("empty message for \(error)") }
        return 0
    }
    guard record.time.description == document.root["time"]?.string else {
        fatalError("time \(String(describing: document.root["time"]?.string)) is written as \(record.time)")
    }
    var line: [UInt8] = []
    record.writeLine(to: &line)
    guard line.last == UInt8(ascii: "\n"), line.dropLast().allSatisfy({ $0 != UInt8(ascii: "\n") }) else {
        fatalError("a record is not written as one line")
    }
    do {
        let again = try ResponseRecord(decoding: JSONDocument(parsing: Array(line.dropLast())).root)
        guard again == record else { fatalError("record changed on a round trip: \(record) → \(again)") }
    } catch {
        fatalError("written record does not decode: \(error)")
    }
    return 0
}
