import Synchronization
import Testing

@testable import SurveyWeb

/// The counter behind the failed-attempt limits.
@Suite struct RateLimiterTests {
    /// A clock in whole seconds that the test moves.
    final class Seconds: Sendable {
        let value = Mutex<Int64>(1000)
        func advance(_ seconds: Int64) { value.withLock { $0 += seconds } }
    }

    @Test func countsPerKeyAndForgetsAfterTheWindow() {
        let clock = Seconds()
        let limiter = RateLimiter(limit: 2, windowSeconds: 60, clock: { clock.value.withLock { $0 } })
        #expect(limiter.attempt(from: "a") && limiter.attempt(from: "a"))
        #expect(!limiter.attempt(from: "a"))
        #expect(limiter.attempt(from: "b"))
        clock.advance(60)
        #expect(limiter.attempt(from: "a"))
        clock.advance(-3600)
        #expect(limiter.attempt(from: "a"), "a clock set back ends the window instead of blocking for an hour")
    }

    @Test func fullTableRefusesNewKeysUntilWindowsExpire() {
        let clock = Seconds()
        let limiter = RateLimiter(limit: 5, windowSeconds: 60, capacity: 3, clock: { clock.value.withLock { $0 } })
        for key in ["a", "b", "c"] { #expect(limiter.attempt(from: key)) }
        #expect(!limiter.attempt(from: "d"), "a scan of new addresses cannot grow the table")
        #expect(limiter.attempt(from: "a"), "keys already counting go on")
        clock.advance(60)
        #expect(limiter.attempt(from: "d"))
    }

    @Test(arguments: [
        ("K7QX-M2PA", "K7"), ("k7qx", "K7"), (" k-7qx", "K7"), ("WRONG-CODE", "WR"), ("01AB", "other"),
        ("ÄBC", "other"), ("K", "other"), ("", "other"),
    ])
    func codeTargetIsTheFirstTwoSymbols(code: String, target: String) {
        #expect(AccessController.target(code) == target)
    }
}
