import Glibc
import Synchronization

/// A server clock that stands still until a test moves it.
///
/// Move it with `advance(by:)`, then let the loop judge its timeouts at the
/// new time with `HTTPServer.sweep()`; `HTTPServer.advance(_:by:)` does both.
/// Like `EmbeddedEventLoop.advanceTime(by:)` in SwiftNIO, but for a real
/// loop on real sockets.
package final class TestServerClock: ServerClock {
    private let current: Atomic<Int64>

    /// A clock at `start` nanoseconds; the value only matters to tests that read it.
    package init(start: Int64 = 1_000_000_000_000) {
        current = Atomic(start)
    }

    package func nanoseconds() -> Int64 { current.load(ordering: .acquiring) }

    /// Moves the clock on; nothing happens in the loop until it next reads the clock.
    package func advance(by duration: Duration) {
        current.add(duration.nanoseconds, ordering: .acquiringAndReleasing)
    }
}

extension HTTPServer {
    /// Moves `clock` on by `duration` and runs the loop's timeout sweep at the new time.
    /// - Returns: the connections still open afterwards (see `sweep()`).
    @discardableResult
    package func advance(_ clock: TestServerClock, by duration: Duration) -> [ConnectionSnapshot]? {
        clock.advance(by: duration)
        return sweep()
    }

    /// Sweeps until `condition` holds for the open connections, for at most
    /// `limit` (a safety net against a hang, never the expected wait).
    /// - Returns: the connections that satisfied it, or nil when the limit passed.
    package func waitForConnections(
        limit: Duration = .seconds(10), _ condition: ([ConnectionSnapshot]) -> Bool
    ) -> [ConnectionSnapshot]? {
        let deadline = ContinuousClock.now + limit
        while ContinuousClock.now < deadline {
            if let snapshots = sweep(), condition(snapshots) { return snapshots }
            // The poll interval: bytes in flight need a moment to reach the loop.
            usleep(1_000)
        }
        return nil
    }
}
