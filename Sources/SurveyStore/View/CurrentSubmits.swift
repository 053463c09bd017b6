/// The current submits of a log file (latest revision of each response, voided ones left out), found in
/// one pass without their answers and read back one at a time, in log order.
///
/// This is what exports walk: holding every current answer at once cost an export of 100,000
/// responses more than a gigabyte, while the places of the submits cost a few machine words each.
/// Safe while a server appends, as ``ResponseView/read(logPath:keepAnswers:)``: the log only grows, and
/// the lines found here stay where they are. Lines that are not records are skipped and listed.
public struct CurrentSubmits: Sendable {
    /// Line numbers (from 1) of complete lines that are not records, and of an unfinished last line.
    public let badLines: [Int]
    private let path: String
    /// Where each current submit lies, in log order.
    private let spans: [LogSpan]

    /// The number of current submits.
    public var count: Int { spans.count }

    /// Finds the current submits of the log at `path`; a missing file has none.
    public init(logPath path: String) throws(FileError) {
        var view = ResponseView(keepsSubmittedAnswers: false)
        var places: [String: LogSpan] = [:]
        var scan = try LogScan(path: path, keepAnswers: false) { record, span in
            view.apply(record)
            switch record.kind {
            case .submit: places[record.responseID] = span
            case .void: places[record.responseID] = nil
            case .draft: break
            }
        }
        scan.absorbBadLastLineIntoTail()
        badLines = scan.badLines.map(\.number) + (scan.tail.bytes.isEmpty ? [] : [scan.tail.lineNumber])
        self.path = path
        spans = places.values.sorted { $0.offset < $1.offset }
    }

    /// Hands each current submit with its answers to `body`, in log order.
    /// - Throws: ``StoreError/file(_:)`` when the log cannot be read, or
    ///   ``StoreError/damagedLine(file:line:reason:)`` (line 0: unknown) if a line is no longer the record it was.
    public func readEach(_ body: (ResponseRecord) -> Void) throws(StoreError) {
        guard !spans.isEmpty else { return }
        let file: POSIXFile
        do {
            file = try POSIXFile.openForReading(path)
        } catch {
            throw .file(error)
        }
        for span in spans { body(try file.record(at: span, of: path, keepAnswers: true)) }
    }
}
