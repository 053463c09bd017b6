import HTTPServer
import Synchronization

/// A server clock that stands still until a test moves it.
///
/// Move it with `advance(by:)`, then let the loop judge its timeouts at the
/// new time with `HTTPServer.sweep()`; `HTTPServer.advance(_:by:)` does both.
/// Like `EmbeddedEventLoop.advanceTime(by:)` in SwiftNIO, but for a real
/// loop on real sockets.
public final class TestServerClock: ServerClock {
    private let current: Atomic<Int64>

    /// A clock at `start` nanoseconds; the value only matters to tests that read it.
    public init(start: Int64 = 1_000_000_000_000) {
        current = Atomic(start)
    }

    public func nanoseconds() -> Int64 { current.load(ordering: .acquiring) }

    /// Moves the clock on; nothing happens in the loop until it next reads the clock.
    public func advance(by duration: Duration) {
        current.add(duration.nanoseconds, ordering: .acquiringAndReleasing)
    }
}
