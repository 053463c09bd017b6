import StrictJSON
import SurveyStore

/// Every record of one response, read from its log, for the office's revision history.
enum ResponseHistory {
    /// The records of `responseID` in log order; lines that cannot be read are skipped
    /// (the store reports damage when it opens the log).
    static func records(of responseID: String, in log: ResponseLog) -> [ResponseRecord] {
        var records: [ResponseRecord] = []
        let needle = Array("\"\(responseID)\"".utf8)
        _ = try? LogReader(path: log.path).forEachLine { line in
            // Most lines belong to other responses; a byte search skips them before parsing.
            guard line.bytes.count >= needle.count, contains(line.bytes, needle),
                let document = try? JSONDocument(parsing: line.bytes),
                let record = try? ResponseRecord(decoding: document.root, keepAnswers: false),
                record.responseID == responseID
            else { return }
            records.append(record)
        }
        return records
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, haystack.count >= needle.count else { return false }
        var index = 0
        while index <= haystack.count - needle.count {
            if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }
}
