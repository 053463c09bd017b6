import Glibc
import Synchronization

/// Counts attempts per client address in a sliding window and refuses beyond a limit.
///
/// Used for access codes and the office login, where every attempt is a guess.
final class RateLimiter: Sendable {
    private struct Window {
        var start: Int64
        var count: Int
    }

    private let limit: Int
    private let windowSeconds: Int64
    private let clock: @Sendable () -> Int64
    private let windows = Mutex<[String: Window]>([:])

    /// Creates a limiter allowing `limit` attempts per `windowSeconds` and address.
    init(limit: Int, windowSeconds: Int64 = 60, clock: @escaping @Sendable () -> Int64 = RateLimiter.monotonicSeconds) {
        self.limit = limit
        self.windowSeconds = windowSeconds
        self.clock = clock
    }

    /// Records an attempt from `address`; false when the address is over its limit.
    func attempt(from address: String) -> Bool {
        let now = clock()
        return windows.withLock { windows in
            if windows.count > 100_000 {
                // Forget expired windows so a scan of many addresses cannot grow memory without bound.
                windows = windows.filter { now - $0.value.start < windowSeconds }
            }
            var window = windows[address] ?? Window(start: now, count: 0)
            if now - window.start >= windowSeconds { window = Window(start: now, count: 0) }
            window.count += 1
            windows[address] = window
            return window.count <= limit
        }
    }

    /// Seconds of the monotonic clock.
    static func monotonicSeconds() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Int64(time.tv_sec)
    }
}
