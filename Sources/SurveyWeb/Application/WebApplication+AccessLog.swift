import HTTPServer

extension WebApplication {
    /// Paths whose last segment is a secret: personal links and the office's
    /// one-time invitation links.
    private static let secretPathPrefixes = ["/t/", "/admin/invite/"]

    /// The path as the access log may show it: secrets in personal and invitation
    /// links are replaced by "…", so a log never holds a way into a response.
    @Sendable public static func loggablePath(_ path: String) -> String {
        for prefix in secretPathPrefixes where path.hasPrefix(prefix) && path.count > prefix.count {
            return prefix + "…"
        }
        return path
    }

    /// How much of the client's address the access log keeps for a path.
    ///
    /// Office pages keep the whole address, for a security audit of who
    /// signed in and changed what. Requests that could not be parsed ("-")
    /// come from no respondent's browser, and keep the network (IPv4 /24,
    /// IPv6 /48) for the operator. Every other path is a respondent's or the
    /// public's (forms, personal links, assets) and keeps no address: even a
    /// network, with the order of the log's lines, would link an answer to an
    /// anonymous survey to where it was sent from, and assets are fetched
    /// together with the pages.
    @Sendable public static func loggableAddress(_ path: String) -> LoggedAddress {
        if path == "/admin" || path.hasPrefix("/admin/") { return .full }
        return path == "-" ? .network : .none
    }
}
