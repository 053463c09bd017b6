import Glibc
import Synchronization

/// Counts events per key in a fixed window and says when a key is over its limit.
///
/// The access-code entry and the office sign-in count only failed attempts,
/// keyed by client address and by target (the office account, the first
/// symbols of a code): a correct credential is checked first and always
/// accepted, so nobody's failures lock out someone who knows the secret.
final class RateLimiter: Sendable {
    private struct Window {
        var start: Int64
        var count: Int
    }

    private let limit: Int
    private let windowSeconds: Int64
    private let clock: @Sendable () -> Int64
    private let windows = Mutex<[String: Window]>([:])

    /// Creates a limiter allowing `limit` events per `windowSeconds` and key; `clock` gives seconds.
    init(limit: Int, windowSeconds: Int64 = 60, clock: @escaping @Sendable () -> Int64 = RateLimiter.monotonicSeconds) {
        self.limit = limit
        self.windowSeconds = windowSeconds
        self.clock = clock
    }

    /// Records an event for `key`; false when the key is over its limit.
    func attempt(from key: String) -> Bool {
        let now = clock()
        return windows.withLock { windows in
            if windows.count > 100_000 {
                // Forget expired windows so a scan of many addresses cannot grow memory without bound.
                windows = windows.filter { !isExpired($0.value, now: now) }
            }
            var window = windows[key] ?? Window(start: now, count: 0)
            if isExpired(window, now: now) { window = Window(start: now, count: 0) }
            window.count += 1
            windows[key] = window
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
