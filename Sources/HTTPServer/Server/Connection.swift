/// The state of one client connection; owned by the event loop thread alone, so it needs no lock.
final class Connection {
    /// Where the connection is in its request cycle.
    enum Phase {
        /// Waiting for (more of) a request head since `since`.
        case head(since: Int64)
        /// Receiving the body announced by `head` since `since`.
        case body(HTTPRequestHead, since: Int64)
        /// A handler is working on request number `request` since `since`.
        case handling(HTTPRequestHead, request: UInt32, since: Int64)
        /// Between requests since `since`.
        case idle(since: Int64)
        /// Response sent with `Connection: close`; write side shut, waiting for the client to go until `until`.
        case lingering(until: Int64)
    }

    let fd: Int32
    let serial: UInt32
    /// The socket peer.
    let peer: IPAddress
    /// The peer as text, formatted once.
    let peerText: String
    /// Whether the peer is a trusted proxy, whose requests each name their own client.
    let peerIsTrustedProxy: Bool
    /// The client of the current request: the peer, or whom a trusted proxy forwarded for.
    var client: IPAddress
    /// Whether the current request reached the proxy in front over HTTPS.
    var isSecure = false
    /// The key this connection is counted under in the per-client limit: for
    /// the whole connection of a direct client, for the current request behind
    /// a trusted proxy; nil when nothing is counted.
    var countedAs: IPAddress?
    var parser: HTTPRequestParser
    var phase: Phase
    /// Body bytes of the current request.
    var body: [UInt8] = []
    /// Bytes read while a handler was busy (pipelined requests), parsed once it answers.
    var stash: [UInt8] = []
    /// Response bytes the socket has not taken yet.
    var output: [UInt8] = []
    var outputOffset = 0
    var outputSince: Int64 = 0
    /// Close once the pending output is written.
    var closeAfterOutput = false
    /// Reading stopped because the stash is full; resume once the handler answers.
    var readPaused = false
    /// The client closed its sending side.
    var peerClosed = false
    var requestCount: UInt32 = 0
    /// When the current request's first byte arrived, for the access log.
    var requestStart: Int64 = 0

    init(
        fd: Int32, serial: UInt32, peer: IPAddress, peerIsTrustedProxy: Bool, limits: HTTPRequestParser.Limits,
        now: Int64
    ) {
        self.fd = fd
        self.serial = serial
        self.peer = peer
        self.peerText = peer.description
        self.peerIsTrustedProxy = peerIsTrustedProxy
        self.client = peer
        self.parser = HTTPRequestParser(limits: limits)
        // A new connection must deliver its first head within the head timeout.
        self.phase = .head(since: now)
        self.requestStart = now
    }

    var hasPendingOutput: Bool { outputOffset < output.count }

    /// Since when the connection has waited for a request without a byte of
    /// it: idle between requests, or new and silent. Nil while a request or a
    /// response is under way.
    var idleSince: Int64? {
        guard !hasPendingOutput, stash.isEmpty else { return nil }
        switch phase {
        case .idle(let since): return since
        case .head(let since): return parser.isIdle ? since : nil
        default: return nil
        }
    }

    /// Whether a handler is busy with a request of this connection.
    var isHandling: Bool {
        if case .handling = phase { return true }
        return false
    }
}
