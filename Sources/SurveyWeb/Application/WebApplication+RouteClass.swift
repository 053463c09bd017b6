extension WebApplication {
    /// The classes of paths the metrics count requests by: a folder and everything in it.
    private static let routeClasses: [(folder: String, name: String)] = [
        ("/admin/", "office"), ("/s/", "form"), ("/t/", "form"), ("/share/", "share"), ("/assets/", "asset"),
    ]

    /// The class of a request path for `/metrics`: `office`, `form`, `share`, `asset` or `other`.
    ///
    /// A handful of classes rather than paths, so that no survey id, token or
    /// invented path ever becomes a metric label or a series of its own.
    @Sendable public static func routeClass(_ path: String) -> String {
        routeClasses.first { path.hasPrefix($0.folder) || path == $0.folder.dropLast() }?.name ?? "other"
    }
}
