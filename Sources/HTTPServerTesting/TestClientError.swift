/// Why a test client returned no response.
public enum TestClientError: Error, Equatable {
    /// The socket exchange with the live server failed.
    case transport(LiveTestClient.Failure)
    /// The remote address is not an IPv4 loopback address, so a live client
    /// cannot connect from it; such a test runs in router mode only.
    case remoteAddressNotOnLoopback(String)
    /// `isSecure` or a `peerAddress` of its own is the server's finding about
    /// the connection, which a plain loopback client cannot produce.
    case connectionPropertiesNotOnTheWire
}
