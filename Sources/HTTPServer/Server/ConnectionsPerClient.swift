/// Counts open connections per client, so that one client cannot take every slot.
///
/// A dictionary keyed by the client's network gives O(1) bookkeeping per
/// accept and close. Owned by the event loop thread, so it needs no lock.
struct ConnectionsPerClient {
    /// Connections one client may hold at once.
    let limit: Int
    private var counts: [IPAddress: Int] = [:]

    init(limit: Int) {
        self.limit = limit
    }

    /// What a client is counted as: an IPv4 address on its own, an IPv6
    /// address by its /64, since one host is commonly given a whole /64 and
    /// could otherwise open each connection from a new address.
    static func key(of client: IPAddress) -> IPAddress {
        client.isIPv4 ? client : client.network(prefixLength: 64)
    }

    /// Counts one more connection of `key` if it is below the limit.
    /// - Returns: false when the client already holds `limit` connections.
    mutating func admit(_ key: IPAddress) -> Bool {
        let count = counts[key, default: 0]
        guard count < limit else { return false }
        counts[key] = count + 1
        return true
    }

    /// Counts one connection of `key` less; a key at zero is forgotten, so the table holds only open clients.
    mutating func release(_ key: IPAddress) {
        guard let count = counts[key] else { return }
        counts[key] = count > 1 ? count - 1 : nil
    }
}
