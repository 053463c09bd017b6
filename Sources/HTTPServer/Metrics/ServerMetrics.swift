import Synchronization

/// What the server counts for `/metrics`: answered requests by route class and
/// status, their latency, and the connections open right now.
///
/// The event loop records into it; a scrape on another server's thread reads
/// it, so the counts sit behind one lock that each response holds for a moment.
public final class ServerMetrics: Sendable {
    private struct RequestKey: Hashable {
        let routeClass: String
        let status: Int
    }

    private struct Counts {
        var requests: [RequestKey: Int] = [:]
        var latency: [String: Histogram] = [:]
        var openConnections = 0
    }

    /// Names the class of a request path, such as `form` or `office`; a few
    /// classes keep the number of series small, whatever paths clients invent.
    private let routeClass: @Sendable (_ path: String) -> String
    private let counts = Mutex(Counts())

    /// Creates empty metrics that sort paths with `routeClass`.
    public init(routeClass: @escaping @Sendable (_ path: String) -> String) {
        self.routeClass = routeClass
    }

    /// Counts one answered request; `path` is "-" for bytes that never made a request.
    func recordResponse(path: String, status: Int, microseconds: Int64) {
        let routeClass = path == "-" ? "unparsed" : routeClass(path)
        counts.withLock { counts in
            counts.requests[RequestKey(routeClass: routeClass, status: status), default: 0] += 1
            counts.latency[routeClass, default: Histogram(bounds: Histogram.secondsBounds)].observe(
                Double(microseconds) / 1_000_000)
        }
    }

    /// Follows the number of open connections, which the event loop keeps.
    func connectionsOpen(_ count: Int) {
        counts.withLock { $0.openConnections = count }
    }

    /// Connections open right now.
    public var openConnections: Int { counts.withLock { $0.openConnections } }

    /// Writes the request counter, the latency histograms and the open connections gauge.
    public func write(to text: inout PrometheusText) {
        let snapshot = counts.withLock { $0 }
        text.family("survey_http_requests_total", .counter, help: "Answered HTTP requests by route class and status.")
        for (key, count) in snapshot.requests.sorted(by: {
            ($0.key.routeClass, $0.key.status) < ($1.key.routeClass, $1.key.status)
        }) {
            text.sample(
                "survey_http_requests_total", labels: [("route", key.routeClass), ("status", String(key.status))],
                Double(count))
        }
        text.family(
            "survey_http_request_duration_seconds", .histogram,
            help: "Time from a request's first byte to its answer, by route class.")
        for (routeClass, histogram) in snapshot.latency.sorted(by: { $0.key < $1.key }) {
            text.histogram("survey_http_request_duration_seconds", labels: [("route", routeClass)], histogram)
        }
        text.family("survey_http_open_connections", .gauge, help: "HTTP connections open on the public listeners.")
        text.sample("survey_http_open_connections", Double(snapshot.openConnections))
    }
}
