/// One route as registered: what it answers, what it declares, and what runs around it.
///
/// The router's table of these is public (``Router/routes``), so tests can
/// walk every route and check what each one declares.
public struct RouteDeclaration: Sendable {
    /// The method it answers.
    public let method: HTTPMethod
    /// The whole path pattern, group prefixes included (`/admin/s/:survey`).
    public let pattern: String
    /// The largest body it accepts; nil uses the server's default.
    public let bodyLimit: Int?
    /// What the route and its groups declare (such as the role it requires); inner declarations win.
    public let metadata: TypedValues
    /// The middleware of its groups, outermost first.
    let middleware: [any Middleware]
    let handler: Router.Handler

    /// The same route inside a group: the group's prefix before its pattern,
    /// the group's middleware outside its own, and its metadata over the group's.
    func nested(under prefix: String, middleware outer: [any Middleware], metadata outerMetadata: TypedValues)
        -> RouteDeclaration
    {
        RouteDeclaration(
            method: method, pattern: prefix + pattern, bodyLimit: bodyLimit,
            metadata: metadata.overriding(outerMetadata), middleware: outer + middleware, handler: handler)
    }
}
