import Glibc

/// How often a temporary SMTP failure (a 4xx reply, a lost connection) is tried again, and how
/// long to wait before each new attempt.
///
/// The waiting goes through ``sleeper`` so that tests can record the delays instead of waiting.
public struct RetryPolicy: Sendable {
    /// Attempts in all, the first included; at least 1.
    public let attempts: Int
    /// The wait before the second, third, … attempt; the last one repeats when there are fewer
    /// delays than retries.
    public let delays: [Duration]
    /// Blocks the calling thread for the given time.
    public let sleeper: @Sendable (Duration) -> Void

    public init(attempts: Int, delays: [Duration], sleeper: @escaping @Sendable (Duration) -> Void = RetryPolicy.sleep)
    {
        self.attempts = max(1, attempts)
        self.delays = delays
        self.sleeper = sleeper
    }

    /// Three attempts, 2 s and 10 s apart: long enough for a greylisting or busy relay's short
    /// hiccup, short enough that a round of a hundred messages is not held up for minutes.
    public static let standard = RetryPolicy(attempts: 3, delays: [.seconds(2), .seconds(10)])

    /// One attempt, no retry.
    public static let none = RetryPolicy(attempts: 1, delays: [])

    /// The wait before attempt number `attempt` (2 for the first retry).
    func delay(before attempt: Int) -> Duration {
        guard let last = delays.last else { return .zero }
        return attempt - 2 < delays.count ? delays[attempt - 2] : last
    }

    /// Sleeps with `nanosleep`, resuming after an interrupting signal.
    public static func sleep(_ duration: Duration) {
        let (seconds, attoseconds) = duration.components
        guard seconds > 0 || attoseconds > 0 else { return }
        var request = timespec(tv_sec: Int(seconds), tv_nsec: Int(attoseconds / 1_000_000_000))
        var remaining = timespec()
        while nanosleep(&request, &remaining) != 0, errno == EINTR {
            request = remaining
        }
    }
}
