/// A response view that keeps up with its log by reading only the lines appended since it last looked.
///
/// A mail round plans from the view and, before each message, looks again whether the participant has
/// submitted since: the round runs for minutes at its sending rate, and reading a log of a million records
/// again for every message would cost seconds each, while the bytes appended in between are a few records.
/// When nothing was appended, ``catchUp()`` costs opening the file and one read that returns no bytes.
///
/// Like ``ResponseView/read(logPath:keepAnswers:)`` it takes no lock: the log only grows, an unfinished last
/// line (a write in progress) is left for the next look, and a damaged complete line is an error that names it.
public struct FollowedResponseView: Sendable {
    /// The responses as of the last complete line read.
    public private(set) var view: ResponseView
    /// The log file followed.
    public let path: String
    /// The offset just after the last complete line applied: where the next look starts reading.
    public private(set) var offset: Int
    /// Complete lines applied so far, so a damaged new line is named by its number in the file.
    private var linesRead: Int
    private let keepAnswers: Bool

    /// Reads the whole log at `path`; a missing file is an empty log, read from its start once it exists.
    ///
    /// - Parameter keepAnswers: false for a view that only counts (who submitted, who has a draft).
    /// - Throws: ``StoreError/damagedLine(file:line:reason:)`` for a bad complete line, or ``StoreError/file(_:)``.
    public init(logPath path: String, keepAnswers: Bool) throws(StoreError) {
        var view = ResponseView()
        let scan: LogScan
        do {
            scan = try LogScan(path: path, keepAnswers: keepAnswers) { record, _ in view.apply(record) }
        } catch {
            throw .file(error)
        }
        if let first = scan.badLines.first {
            throw .damagedLine(file: path, line: first.number, reason: first.reason)
        }
        self.view = view
        self.path = path
        self.keepAnswers = keepAnswers
        offset = scan.completeLength
        linesRead = scan.tail.lineNumber - 1
    }

    /// Applies the complete lines appended since the last look; an unfinished last line waits for the next one.
    ///
    /// - Throws: ``StoreError/damagedLine(file:line:reason:)`` for a bad new line (nothing of this look is
    ///   applied then), or ``StoreError/file(_:)``.
    public mutating func catchUp() throws(StoreError) {
        let new: NewLines
        do {
            new = try NewLines(of: path, from: offset)
        } catch {
            throw .file(error)
        }
        guard !new.lines.isEmpty else { return }
        var records: [ResponseRecord] = []
        let keepAnswers = keepAnswers
        try new.forEachRecord(of: path, firstLine: linesRead + 1) { value in
            records.append(try ResponseRecord(decoding: value, keepAnswers: keepAnswers))
        }
        for record in records { view.apply(record) }
        linesRead += new.lines.count
        offset = new.end
    }
}
