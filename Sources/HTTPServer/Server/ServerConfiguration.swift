import CSystem
import Glibc

/// Where the server listens, its limits and its timeouts.
public struct ServerConfiguration: Sendable {
    /// The address to bind: an IPv4 or IPv6 literal such as `127.0.0.1`, `::1`, `0.0.0.0` or `::`.
    public var host = "127.0.0.1"
    /// The TCP port; 0 picks a free one (see `HTTPServer.port`).
    public var port = 8080
    /// Every place to listen; when empty, `host` and `port` alone. Peers on a
    /// Unix socket are taken for trusted proxies (see `trustedProxies`): only
    /// processes the socket file's mode admits can connect, and that is the proxy in front.
    public var listen: [ListenAddress] = []
    /// The file mode of Unix socket files: owner and group may connect (nginx
    /// must be in the socket's group), others not.
    public var unixSocketMode: mode_t = 0o660
    /// Parser limits; `limits.body` is the default body limit for routes that set none.
    public var limits = HTTPRequestParser.Limits()
    /// Open connections at most; beyond it the server stops accepting until one closes.
    public var maxConnections = 10_000
    /// Open connections one client may hold (an IPv4 address, or an IPv6 /64),
    /// so that one client cannot lock everyone out. A surplus connection is
    /// closed as soon as it is accepted. Behind a trusted proxy the limit counts
    /// the requests in progress per forwarded client instead (answered with 429
    /// beyond it), and the proxy's own connections are not limited.
    public var maxConnectionsPerClient = 256
    /// From this share of `maxConnections` on, the server is crowded: idle
    /// keep-alive connections (and new ones that have sent nothing yet) then
    /// close after `crowdedIdleTimeout`, and at the cap the oldest idle ones
    /// close at once, so that newcomers get served.
    public var crowdedFraction = 0.8
    /// The idle timeout while the server is crowded.
    public var crowdedIdleTimeout: Duration = .seconds(5)
    /// Reverse proxies whose `X-Forwarded-For` and `X-Forwarded-Proto` are
    /// believed (see `HTTPRequest.remoteAddress` and `isSecure`). None by default.
    public var trustedProxies = TrustedProxies()
    /// The whole request head must arrive within this time of its first byte
    /// (of the connection, for a new one), so one byte per second cannot hold a slot.
    public var headTimeout: Duration = .seconds(10)
    /// The body may take this long, plus one second per `minimumBodyRate` bytes received.
    public var bodyTimeout: Duration = .seconds(10)
    /// The body rate below which a client is cut off, in bytes per second.
    public var minimumBodyRate = 16 * 1024
    /// How long a keep-alive connection may sit idle between requests.
    public var idleTimeout: Duration = .seconds(60)
    /// How long a handler may take before the client gets 503 and the connection closes.
    public var handlerTimeout: Duration = .seconds(30)
    /// How long a response may take to drain to a slow reader.
    public var writeTimeout: Duration = .seconds(30)
    /// On SIGTERM or SIGINT, how long in-flight requests may take to finish.
    public var shutdownGracePeriod: Duration = .seconds(10)
    /// The clock every timeout above is measured on; tests put in a `TestServerClock`.
    public var clock: any ServerClock = MonotonicServerClock()
    /// Worker threads that run handlers.
    public var workerCount = max(2, sysconf(Int32(_SC_NPROCESSORS_ONLN)))
    /// Where the access log goes.
    public var accessLog = AccessLogDestination.standardError
    /// Rewrites each path before it is logged, for paths that carry secrets
    /// (for example `/t/<token>` → `/t/…`). The query is never logged anyway.
    public var accessLogPath: @Sendable (_ path: String) -> String = { $0 }
    /// How much of the client's address the access log shows for a path (the
    /// path as requested, before `accessLogPath`; "-" when the request could not
    /// be parsed). The whole address by default.
    public var accessLogAddress: @Sendable (_ path: String) -> LoggedAddress = { _ in .full }
    /// Counts requests and connections for `/metrics`; nil counts nothing.
    public var metrics: ServerMetrics?

    /// The defaults.
    public init() {}

    /// Where the server listens: `listen`, or `host` and `port` when it is empty.
    public var listenAddresses: [ListenAddress] {
        listen.isEmpty ? [.tcp(host: host, port: port)] : listen
    }
}

/// Where access log lines are written.
public enum AccessLogDestination: Sendable, Equatable {
    /// No access log.
    case none
    case standardOutput
    case standardError
    /// An open file descriptor the caller owns.
    case fileDescriptor(Int32)
}

extension Duration {
    /// Whole nanoseconds, for the monotonic clock arithmetic of the event loop (and of test clocks).
    package var nanoseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }
}
