import Foundation

/// Keeps a round to at most so many messages a minute by waiting between them.
///
/// Each message may start one interval (60 s / per minute) after the previous
/// one started; time spent sending counts towards the wait. Clock and sleeper
/// are injected, so tests check the pace without waiting.
struct RatePace {
    private let interval: Double
    private let clock: @Sendable () -> Date
    private let sleeper: MailRound.Sleeper
    private var lastStart: Date?

    init(perMinute: Int, clock: @escaping @Sendable () -> Date, sleeper: @escaping MailRound.Sleeper) {
        interval = 60 / Double(max(1, perMinute))
        self.clock = clock
        self.sleeper = sleeper
    }

    /// Waits until the next message may start, and notes that it starts.
    mutating func waitForTurn() {
        let now = clock()
        if let lastStart {
            let wait = lastStart.addingTimeInterval(interval).timeIntervalSince(now)
            if wait > 0 { sleeper(.milliseconds(Int64((wait * 1000).rounded(.up)))) }
        }
        lastStart = clock()
    }
}
