import Testing

@testable import HTTPServer

@Suite struct IdleEvictionTests {
    /// 10 connections at most, crowded from 8, idle for 1 s at most while crowded.
    static let eviction: IdleEviction = {
        var configuration = ServerConfiguration()
        configuration.maxConnections = 10
        configuration.crowdedFraction = 0.8
        configuration.crowdedIdleTimeout = .seconds(1)
        return IdleEviction(configuration: configuration)
    }()

    static let second: Int64 = 1_000_000_000
    /// Idle connections named by when they went idle, in seconds, listed out of order.
    static let idle: [(since: Int64, id: String)] = [(7, "c"), (2, "a"), (9, "d"), (5, "b")].map {
        (since: $0.0 * second, id: $0.1)
    }

    @Test func nothingCloseEarlyBelowTheCrowdedMark() {
        #expect(Self.eviction.crowdedCount == 8)
        #expect(Self.eviction.victims(idle: Self.idle, open: 7, atCap: false, now: 100 * Self.second).isEmpty)
    }

    @Test func whenCrowdedTheShortIdleTimeoutApplies() {
        let now = 7 * Self.second
        #expect(Self.eviction.victims(idle: Self.idle, open: 8, atCap: false, now: now) == ["a", "b"])
    }

    @Test func atTheCapTheOldestIdleMakeRoomFirst() {
        let now = 9 * Self.second
        // Nothing has been idle for a second yet, but newcomers wait: the two oldest go.
        #expect(Self.eviction.victims(idle: Self.idle, open: 10, atCap: true, now: 2 * Self.second) == ["a", "b"])
        #expect(Self.eviction.victims(idle: Self.idle, open: 10, atCap: true, now: now) == ["a", "b", "c"])
        #expect(Self.eviction.victims(idle: Array(Self.idle.prefix(1)), open: 10, atCap: true, now: now) == ["c"])
    }

    @Test func aTinyCapStillFreesOneSlot() {
        var configuration = ServerConfiguration()
        configuration.maxConnections = 1
        let eviction = IdleEviction(configuration: configuration)
        #expect(eviction.victims(idle: [(since: 0, id: 1)], open: 1, atCap: true, now: 0) == [1])
    }

    @Test(arguments: [(Double.nan, 1_000), (-1, 0), (2, 1_000), (0.5, 500)])
    func oddFractionsAreClamped(_ fraction: Double, _ crowded: Int) {
        var configuration = ServerConfiguration()
        configuration.maxConnections = 1_000
        configuration.crowdedFraction = fraction
        #expect(IdleEviction(configuration: configuration).crowdedCount == crowded)
    }

    @Test func theLargestCapDoesNotOverflow() {
        var configuration = ServerConfiguration()
        configuration.maxConnections = .max
        configuration.crowdedFraction = 1
        #expect(IdleEviction(configuration: configuration).crowdedCount == .max)
    }
}
