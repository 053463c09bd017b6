import Foundation
import Synchronization

/// Exponential back-off after failed sign-ins, per key (a client address, an account).
///
/// The first few failures cost nothing; after that each further failure
/// doubles the wait before the key may try again, up to a ceiling. There is
/// no hard lockout: the wait always ends, and the caller applies an account's
/// wait only to clients that have failed themselves, so an attacker's guesses
/// cannot keep a colleague at another computer out. The table holds at most
/// `capacity` keys; a key whose wait is long over is forgotten first.
final class SignInThrottle: Sendable {
    /// How a key backs off.
    struct Rule: Sendable {
        /// Failures before the first wait.
        var freeFailures = 3
        /// The first wait, doubled with each further failure.
        var firstWait: TimeInterval = 1
        /// The longest wait.
        var longestWait: TimeInterval = 15 * 60
    }

    private struct Record {
        var failures: Int
        var last: Date
    }

    private let rule: Rule
    private let capacity: Int
    private let records = Mutex<[String: Record]>([:])

    init(rule: Rule = Rule(), capacity: Int = 100_000) {
        self.rule = rule
        self.capacity = capacity
    }

    /// Seconds `key` must still wait before its next attempt; 0 when it may try now.
    func wait(for key: String, now: Date) -> TimeInterval {
        guard let record = records.withLock({ $0[key] }) else { return 0 }
        return max(0, record.last.addingTimeInterval(delay(after: record.failures)).timeIntervalSince(now))
    }

    /// Whether `key` has failed recently (its record is still kept).
    func hasFailed(_ key: String) -> Bool { records.withLock { $0[key] != nil } }

    /// Counts a failure of `key` at `now`.
    func recordFailure(_ key: String, now: Date) {
        records.withLock { records in
            if records[key] == nil, records.count >= capacity {
                records = records.filter { now.timeIntervalSince($0.value.last) < 2 * rule.longestWait }
                if records.count >= capacity { return }
            }
            var record = records[key] ?? Record(failures: 0, last: now)
            record.failures += 1
            record.last = now
            records[key] = record
        }
    }

    /// Forgets `key`'s failures after a successful sign-in.
    func clear(_ key: String) { _ = records.withLock { $0.removeValue(forKey: key) } }

    /// The wait after `failures` failures.
    func delay(after failures: Int) -> TimeInterval {
        let beyond = failures - rule.freeFailures
        guard beyond > 0 else { return 0 }
        return min(rule.longestWait, rule.firstWait * pow(2, Double(min(beyond - 1, 30))))
    }
}
