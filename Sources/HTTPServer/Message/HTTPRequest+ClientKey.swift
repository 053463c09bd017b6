extension HTTPRequest {
    /// What limits per client count this request under: the client's IPv4
    /// address, or the /64 network of its IPv6 address.
    ///
    /// One host is commonly given a whole IPv6 /64 and can send every request
    /// from a new address in it; counted by full address, it would never reach
    /// a limit. The connection limit counts clients the same way.
    public var clientKey: String {
        guard let address = IPAddress(remoteAddress) else { return remoteAddress }
        return ConnectionsPerClient.key(of: address).description
    }
}
