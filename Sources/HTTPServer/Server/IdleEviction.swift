/// Which idle connections to close early because the server is crowded.
///
/// Near `maxConnections`, idle keep-alive connections (and new ones that have
/// not sent a byte) are what keeps newcomers out, so they get a shorter idle
/// timeout; at the cap itself the oldest idle ones are closed at once, enough
/// to bring the count back to where crowding begins. Pure logic, so tests
/// need no clock.
struct IdleEviction {
    /// From this many open connections on, the server counts as crowded.
    let crowdedCount: Int
    /// How many connections to free at the cap: the room between the cap and `crowdedCount`, at least one.
    let headroom: Int
    /// The idle timeout while crowded, in nanoseconds.
    let crowdedIdleTimeout: Int64

    init(configuration: ServerConfiguration) {
        let maximum = max(1, configuration.maxConnections)
        let fraction = configuration.crowdedFraction.isNaN ? 1 : min(max(configuration.crowdedFraction, 0), 1)
        // Compared in Double first: converting 2^63 back to Int would trap.
        let product = (Double(maximum) * fraction).rounded(.down)
        crowdedCount = product >= Double(maximum) ? maximum : Int(product)
        headroom = max(1, maximum - crowdedCount)
        crowdedIdleTimeout = configuration.crowdedIdleTimeout.nanoseconds
    }

    /// Whether `open` connections make the server crowded.
    func isCrowded(open: Int) -> Bool { open >= crowdedCount }

    /// The idle connections to close now.
    /// - Parameters:
    ///   - idle: each idle connection with the time it became idle.
    ///   - open: all open connections.
    ///   - atCap: whether accepting is paused at the cap, so newcomers wait.
    ///   - now: the current time on the same clock as `idle`.
    /// - Returns: the connections to close, oldest first.
    func victims<ID>(idle: [(since: Int64, id: ID)], open: Int, atCap: Bool, now: Int64) -> [ID] {
        guard isCrowded(open: open) else { return [] }
        let oldestFirst = idle.sorted { $0.since < $1.since }
        let expired = oldestFirst.prefix { now - $0.since > crowdedIdleTimeout }.count
        let count = atCap ? max(expired, min(headroom, oldestFirst.count)) : expired
        return oldestFirst.prefix(count).map(\.id)
    }
}
