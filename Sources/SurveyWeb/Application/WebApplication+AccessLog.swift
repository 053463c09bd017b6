extension WebApplication {
    /// Paths whose last segment is a secret: personal links and the one-time
    /// office setup link.
    private static let secretPathPrefixes = ["/t/", "/admin/setup/"]

    /// The path as the access log may show it: secrets in personal and setup
    /// links are replaced by "…", so a log never holds a way into a response.
    @Sendable public static func loggablePath(_ path: String) -> String {
        for prefix in secretPathPrefixes where path.hasPrefix(prefix) && path.count > prefix.count {
            return prefix + "…"
        }
        return path
    }
}
