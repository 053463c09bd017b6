import HTTPServer
import SurveyStore
import Synchronization

/// What the response logs' group commits tell `/metrics`: fsync times, records
/// per commit, and when a commit last failed.
///
/// Every log of the application reports here (`ResponseLog.Options.commitObserver`
/// set to ``observe(_:)``), on its writer's thread, so recording is one short lock.
public final class StoreMetrics: Sendable {
    private struct Counts {
        var fsync = Histogram(bounds: Histogram.secondsBounds)
        var recordsPerCommit = Histogram(bounds: [1, 2, 4, 8, 16, 32, 64, 128, 256])
        var failedCommits = 0
        var lastFailure: Timestamp?
    }

    private let counts = Mutex(Counts())

    /// Creates empty metrics.
    public init() {}

    /// Counts one group commit.
    @Sendable public func observe(_ report: CommitReport) {
        counts.withLock { counts in
            if let seconds = report.fsyncSeconds { counts.fsync.observe(seconds) }
            if report.succeeded {
                counts.recordsPerCommit.observe(Double(report.records))
            } else {
                counts.failedCommits += 1
                counts.lastFailure = max(counts.lastFailure ?? report.time, report.time)
            }
        }
    }

    /// Writes the commit metrics.
    public func write(to text: inout PrometheusText) {
        let snapshot = counts.withLock { $0 }
        text.family("survey_log_fsync_seconds", .histogram, help: "Time one fsync of a response log took.")
        text.histogram("survey_log_fsync_seconds", snapshot.fsync)
        text.family(
            "survey_log_records_per_commit", .histogram, help: "Records one successful group commit wrote together.")
        text.histogram("survey_log_records_per_commit", snapshot.recordsPerCommit)
        text.family("survey_log_failed_commits_total", .counter, help: "Group commits whose write or fsync failed.")
        text.sample("survey_log_failed_commits_total", Double(snapshot.failedCommits))
        text.family(
            "survey_log_last_failed_commit_timestamp_seconds", .gauge,
            help: "When a group commit last failed, in seconds since 1970; 0 when none has failed since the start.")
        text.sample(
            "survey_log_last_failed_commit_timestamp_seconds",
            Double(snapshot.lastFailure?.millisecondsSince1970 ?? 0) / 1000)
    }
}
