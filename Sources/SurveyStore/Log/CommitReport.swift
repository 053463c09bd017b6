/// One group commit of a response log as the operator's metrics see it.
public struct CommitReport: Sendable, Hashable {
    /// The survey's log directory's display name, such as `responses/digitale-bildung`.
    public let log: String
    /// Records written together with one `write` and one `fsync`.
    public let records: Int
    /// How long the `fsync` took, in seconds; nil when the write or the `fsync` failed.
    public let fsyncSeconds: Double?
    /// Whether the records are durable; false when the write or the `fsync` failed.
    public let succeeded: Bool
    /// When the commit began, on the log's clock.
    public let time: Timestamp

    /// Creates a report.
    public init(log: String, records: Int, fsyncSeconds: Double?, succeeded: Bool, time: Timestamp) {
        self.log = log
        self.records = records
        self.fsyncSeconds = fsyncSeconds
        self.succeeded = succeeded
        self.time = time
    }
}

/// Why a response log cannot take new records right now.
public enum LogWriteProblem: Sendable, Hashable {
    /// The log was closed (the server is stopping).
    case closed
    /// A failed write could not be undone; the log refuses appends until it is reopened.
    case unusable(FileError)
    /// The log file can no longer be written (`access(2)` said so, with this `errno`).
    case notWritable(path: String, code: Int32)
}
