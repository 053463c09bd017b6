import Glibc
import Synchronization

/// Counts events per key in a fixed window and says when a key is over its limit.
///
/// The access-code entry and the office sign-in count only failed attempts,
/// keyed by client address and by target (the office account, the first
/// symbols of a code): a correct credential is checked first and always
/// accepted, so nobody's failures lock out someone who knows the secret.
/// That also makes a full table safe: when `capacity` keys are counting, a
/// failure under a new key is refused outright, so a scan from many addresses
/// cannot grow memory without bound.
final class RateLimiter: Sendable {
    private struct Window {
        var start: Int64
        var count: Int
    }

    private struct State {
        var windows: [String: Window] = [:]
        /// Expired windows are swept at most once a second, so a full table costs no scan per event.
        var nextSweep: Int64 = .min
    }

    private let limit: Int
    private let windowSeconds: Int64
    private let capacity: Int
    private let clock: @Sendable () -> Int64
    private let state = Mutex(State())

    /// Creates a limiter allowing `limit` events per `windowSeconds` and key, for at most `capacity` keys at once.
    init(
        limit: Int, windowSeconds: Int64 = 60, capacity: Int = 100_000,
        clock: @escaping @Sendable () -> Int64 = RateLimiter.monotonicSeconds
    ) {
        self.limit = limit
        self.windowSeconds = windowSeconds
        self.capacity = capacity
        self.clock = clock
    }

    /// Records an event for `key`; false when the key is over its limit or the table is full.
    func attempt(from key: String) -> Bool {
        let now = clock()
        return state.withLock { state in
            if state.windows[key] == nil, state.windows.count >= capacity {
                if now >= state.nextSweep {
                    state.windows = state.windows.filter { !isExpired($0.value, now: now) }
                    state.nextSweep = now + 1
                }
                if state.windows.count >= capacity { return false }
            }
            var window = state.windows[key] ?? Window(start: now, count: 0)
            if isExpired(window, now: now) { window = Window(start: now, count: 0) }
            window.count += 1
            state.windows[key] = window
            return window.count <= limit
        }
    }

    /// Whether a window is over; a clock set back also ends it, so no key stays blocked.
    private func isExpired(_ window: Window, now: Int64) -> Bool {
        now - window.start >= windowSeconds || now < window.start
    }

    /// Seconds of the monotonic clock.
    static func monotonicSeconds() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Int64(time.tv_sec)
    }
}
