import Glibc
import HTTPServer

/// Moving a `TestServerClock` and waiting for a state of the loop, for live tests.
extension HTTPServer {
    /// Moves `clock` on by `duration` and runs the loop's timeout sweep at the new time.
    /// - Returns: the connections still open afterwards (see `sweep()`).
    @discardableResult
    package func advance(_ clock: TestServerClock, by duration: Duration) -> [ConnectionSnapshot]? {
        clock.advance(by: duration)
        return sweep()
    }

    /// Sweeps until `condition` holds for the open connections, for at most
    /// `limit` (a safety net against a hang, never the expected wait; on a
    /// machine busy with other builds, a test that opens 1,000 connections
    /// once needed longer than 10 s, so the net is wide).
    /// - Returns: the connections that satisfied it, or nil when the limit passed.
    package func waitForConnections(
        limit: Duration = .seconds(60), _ condition: ([ConnectionSnapshot]) -> Bool
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
