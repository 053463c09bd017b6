/// The reverse proxies whose forwarding headers the server believes.
///
/// A header such as `X-Forwarded-For` is only as good as whoever wrote it: a
/// client can send any value. So the server reads these headers only from a
/// peer in one of these ranges, and of `X-Forwarded-For` only the part that
/// trusted proxies appended. Empty by default: then every peer is the client.
public struct TrustedProxies: Sendable, Equatable {
    /// The ranges of trusted proxy addresses.
    public var ranges: [AddressRange]

    /// Trusts the proxies in `ranges` (none by default).
    public init(_ ranges: [AddressRange] = []) {
        self.ranges = ranges
    }

    /// Whether `address` is a trusted proxy.
    public func contains(_ address: IPAddress) -> Bool {
        ranges.contains { $0.contains(address) }
    }

    /// The client a request came from.
    ///
    /// The socket peer, unless it is a trusted proxy: then the right-most
    /// `X-Forwarded-For` entry that is not itself a trusted proxy. Entries to
    /// its left were written by the client and are ignored. When every entry is
    /// trusted, the left-most one is the client; when an entry is not an
    /// address, the proxy that passed it on is.
    public func client(peer: IPAddress, headers: HTTPHeaders) -> IPAddress {
        guard contains(peer) else { return peer }
        return client(forwardedBy: peer, headers: headers)
    }

    /// The client that `proxy`, already known to be trusted (by its address or
    /// because it connected on a Unix socket), forwarded a request for.
    func client(forwardedBy proxy: IPAddress, headers: HTTPHeaders) -> IPAddress {
        var client = proxy
        // Several header lines form one list, in order.
        let entries = headers.values(for: "X-Forwarded-For").flatMap { $0.split(separator: ",") }
        for entry in entries.reversed() {
            guard let address = IPAddress(entry.trimmingCharacters(in: " \t")) else { return client }
            client = address
            if !contains(address) { return address }
        }
        return client
    }

    /// Whether the client used HTTPS to reach the proxy in front.
    ///
    /// The server itself speaks plain HTTP, so only a trusted proxy's
    /// `X-Forwarded-Proto: https` makes a request secure. Of a list, the first
    /// value counts: the scheme the outermost proxy saw. The proxy must set
    /// this header, not append to a client's.
    public func isSecure(peer: IPAddress, headers: HTTPHeaders) -> Bool {
        contains(peer) && isSecure(forwardedBy: headers)
    }

    /// Whether a trusted proxy's request came in over HTTPS.
    func isSecure(forwardedBy headers: HTTPHeaders) -> Bool {
        guard let value = headers["X-Forwarded-Proto"] else { return false }
        let first = value.split(separator: ",", omittingEmptySubsequences: false).first ?? ""
        return first.trimmingCharacters(in: " \t").lowercased() == "https"
    }
}
