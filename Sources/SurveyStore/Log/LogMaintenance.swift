/// `survey responses check` and `--repair`: find and set aside damaged lines.
///
/// Both take the survey's lock, so they never run beside a server writing
/// the same log. Nothing is ever deleted: repair copies damaged lines to a
/// quarantine file before writing the cleaned log under a new name and
/// renaming it over the old one.
public enum LogMaintenance {
    /// A damaged line and why it is damaged.
    public struct DamagedLine: Sendable, Hashable {
        public let line: Int
        public let reason: String
    }

    /// What a check found.
    public struct Report: Sendable, Hashable {
        /// The log file checked.
        public let path: String
        /// Valid records.
        public let recordCount: Int
        /// Lines that are not valid records, including a bad last line.
        public let damagedLines: [DamagedLine]
        /// Bytes after the last newline (a torn write), if any.
        public let tornTailBytes: Int

        /// Whether the log is completely clean.
        public var isClean: Bool { damagedLines.isEmpty && tornTailBytes == 0 }
    }

    /// Reports every damaged line of the log in `directory`.
    public static func check(directory: String, displayName: String? = nil) throws(StoreError) -> Report {
        let lock = try DirectoryLock(path: SurveyFolder(directory).lock, displayName: displayName ?? directory)
        defer { withExtendedLifetime(lock) {} }
        return try scan(directory: directory).report
    }

    /// Moves every damaged line and a torn tail to `log.jsonl.quarantine-<time>`.
    ///
    /// - Returns: The report of what was found and the quarantine file's path,
    ///   nil if the log was clean.
    public static func repair(
        directory: String, displayName: String? = nil, clock: () -> Timestamp = { Timestamp.now() }
    ) throws(StoreError) -> (report: Report, quarantineFile: String?) {
        let lock = try DirectoryLock(path: SurveyFolder(directory).lock, displayName: displayName ?? directory)
        defer { withExtendedLifetime(lock) {} }
        let (report, scan) = try scan(directory: directory)
        guard !report.isClean else { return (report, nil) }
        let logPath = SurveyFolder(directory).log
        let quarantine = logPath + ".quarantine-" + clock().description.replacing(":", with: "")
        var damaged: [UInt8] = []
        for line in scan.badLines {
            damaged.append(contentsOf: line.bytes)
            damaged.append(UInt8(ascii: "\n"))
        }
        damaged.append(contentsOf: scan.tail.bytes)
        let badNumbers = Set(scan.badLines.map(\.number))
        var kept: [UInt8] = []
        do {
            _ = try LogReader(path: logPath).forEachLine { line in
                guard !badNumbers.contains(line.number) else { return }
                kept.append(contentsOf: line.bytes)
                kept.append(UInt8(ascii: "\n"))
            }
            try PrivateFiles.writeNew(damaged, to: quarantine)
            let temporary = logPath + ".repairing"
            try PrivateFiles.writeNew(kept, to: temporary)
            try FileSystem.rename(temporary, to: logPath)
            try FileSystem.synchronizeDirectory(directory)
        } catch {
            throw .file(error)
        }
        return (report, quarantine)
    }

    /// Checks the log file at `path` as ``check(directory:displayName:)`` does, without a lock: for
    /// a copy that no process writes, such as a backup's.
    public static func inspect(log path: String) throws(StoreError) -> Report {
        try scan(log: path).report
    }

    private static func scan(directory: String) throws(StoreError) -> (report: Report, scan: LogScan) {
        try scan(log: SurveyFolder(directory).log)
    }

    private static func scan(log path: String) throws(StoreError) -> (report: Report, scan: LogScan) {
        let scan: LogScan
        do {
            scan = try LogScan(path: path, keepAnswers: false)
        } catch {
            throw .file(error)
        }
        let report = Report(
            path: path, recordCount: scan.recordCount,
            damagedLines: scan.badLines.map { DamagedLine(line: $0.number, reason: $0.reason) },
            tornTailBytes: scan.tail.bytes.count)
        return (report, scan)
    }
}
