import StrictJSON
import SurveyModel

/// The result of reading a whole log: its records, its bad lines and its tail.
struct LogScan {
    /// A line that is not a valid record.
    struct BadLine: Sendable, Hashable {
        let number: Int
        let offset: Int
        let bytes: [UInt8]
        let reason: String
    }

    /// Number of valid records.
    var recordCount = 0
    var badLines: [BadLine] = []
    /// Bytes after the last complete line, possibly empty.
    var tail: LogReader.Tail
    /// Offset just after the last complete line.
    var completeLength: Int { tail.offset }

    /// Reads and decodes every line of `path`, handing each valid record to
    /// `onRecord` as it goes so that a large log is never held in memory whole.
    init(path: String, keepAnswers: Bool, onRecord: (ResponseRecord, LogSpan) -> Void = { _, _ in }) throws(FileError) {
        try self.init(path: path, keepsAnswers: { _ in keepAnswers }, onRecord: onRecord)
    }

    /// Reads and decodes every line of `path` as above, building the answers (an owned tree, the costly
    /// part of decoding) only of the records `keepsAnswers` asks for.
    init(
        path: String, keepsAnswers: (ResponseRecord) -> Bool,
        onRecord: (ResponseRecord, LogSpan) -> Void = { _, _ in }
    ) throws(FileError) {
        var recordCount = 0
        var badLines: [BadLine] = []
        tail = try LogReader(path: path).forEachLine { line in
            do {
                let document = try JSONDocument(parsing: line.bytes)
                let record = try ResponseRecord(decoding: document.root, keepAnswers: false)
                onRecord(
                    keepsAnswers(record) ? try ResponseRecord(decoding: document.root, keepAnswers: true) : record,
                    LogSpan(offset: line.offset, length: line.bytes.count))
                recordCount += 1
            } catch let error as JSONSyntaxError {
                badLines.append(
                    BadLine(number: line.number, offset: line.offset, bytes: line.bytes, reason: error.message))
            } catch {
                badLines.append(
                    BadLine(number: line.number, offset: line.offset, bytes: line.bytes, reason: "\(error)"))
            }
        }
        self.recordCount = recordCount
        self.badLines = badLines
    }

    /// Treats a bad last complete line as part of a torn tail: a crash can leave
    /// a full-length line of zeros or a partial batch that happens to end in `\n`.
    mutating func absorbBadLastLineIntoTail() {
        guard let last = badLines.last, last.number == tail.lineNumber - 1 else { return }
        badLines.removeLast()
        tail = LogReader.Tail(
            lineNumber: last.number, offset: last.offset, bytes: last.bytes + [UInt8(ascii: "\n")] + tail.bytes)
    }
}
