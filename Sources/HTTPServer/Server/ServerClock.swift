import CSystem
import Glibc

/// The monotonic time by which the event loop judges every timeout.
///
/// The server reads it once per loop turn. Tests put in a `TestServerClock`
/// and move time on by hand, so a ten-second timeout is proven in
/// microseconds and never by sleeping.
public protocol ServerClock: Sendable {
    /// Nanoseconds since an arbitrary fixed point; never decreasing.
    func nanoseconds() -> Int64
}

/// The system's monotonic clock, unaffected by changes of the wall clock: the default.
public struct MonotonicServerClock: ServerClock {
    /// The system clock.
    public init() {}

    public func nanoseconds() -> Int64 {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Int64(spec.tv_sec) * 1_000_000_000 + Int64(spec.tv_nsec)
    }
}
