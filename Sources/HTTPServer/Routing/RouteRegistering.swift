/// Something routes are added to: the ``Router`` itself or a ``RouteGroup`` inside it.
///
/// The shorthands (`get`, `post`, `group`) are written once here for both.
public protocol RouteRegistering {
    /// Adds a route as declared.
    mutating func add(_ route: RouteDeclaration)
}

extension RouteRegistering {
    /// Adds a route for any method.
    /// - Parameters:
    ///   - bodyLimit: the largest body this route accepts; nil uses the server's default.
    ///   - metadata: what this route declares beyond its groups' declarations.
    public mutating func on(
        _ method: HTTPMethod, _ pattern: String, bodyLimit: Int? = nil, metadata: TypedValues = TypedValues(),
        handler: Router.Handler
    ) {
        add(
            RouteDeclaration(
                method: method, pattern: pattern, bodyLimit: bodyLimit, metadata: metadata, middleware: [],
                handler: handler))
    }

    /// Adds routes that share a path prefix, middleware and metadata.
    ///
    /// In the spirit of Hummingbird's `RouterGroup`: what every route of the
    /// group needs is said once, here, rather than in each handler. Groups
    /// nest; an inner group's middleware runs inside the outer one's, and its
    /// metadata wins over the outer one's.
    /// - Parameters:
    ///   - prefix: put before each route's pattern (`/admin`); empty for none.
    ///   - middleware: run around each route's handler, the first outermost.
    ///   - metadata: declared by each route of the group (such as the role it requires).
    public mutating func group(
        _ prefix: String = "", middleware: [any Middleware] = [], metadata: TypedValues = TypedValues(),
        _ build: (inout RouteGroup) -> Void
    ) {
        var group = RouteGroup()
        build(&group)
        for route in group.routes {
            add(route.nested(under: prefix, middleware: middleware, metadata: metadata))
        }
    }

    /// Adds a GET route answered immediately.
    public mutating func get(
        _ pattern: String, _ handler: @escaping @Sendable (HTTPRequest) throws -> HTTPResponse
    ) {
        on(.get, pattern, handler: .immediate(handler))
    }

    /// Adds a GET route answered later through a `Responder`.
    public mutating func get(_ pattern: String, _ handler: @escaping @Sendable (HTTPRequest, Responder) -> Void) {
        on(.get, pattern, handler: .deferred(handler))
    }

    /// Adds a GET route answered by an async function.
    public mutating func get(
        _ pattern: String, _ handler: @escaping @Sendable (HTTPRequest) async throws -> HTTPResponse
    ) {
        on(.get, pattern, handler: .async(handler))
    }

    /// Adds a POST route answered immediately.
    public mutating func post(
        _ pattern: String, bodyLimit: Int? = nil, _ handler: @escaping @Sendable (HTTPRequest) throws -> HTTPResponse
    ) {
        on(.post, pattern, bodyLimit: bodyLimit, handler: .immediate(handler))
    }

    /// Adds a POST route answered later through a `Responder`.
    public mutating func post(
        _ pattern: String, bodyLimit: Int? = nil, _ handler: @escaping @Sendable (HTTPRequest, Responder) -> Void
    ) {
        on(.post, pattern, bodyLimit: bodyLimit, handler: .deferred(handler))
    }

    /// Adds a POST route answered by an async function.
    public mutating func post(
        _ pattern: String, bodyLimit: Int? = nil,
        _ handler: @escaping @Sendable (HTTPRequest) async throws -> HTTPResponse
    ) {
        on(.post, pattern, bodyLimit: bodyLimit, handler: .async(handler))
    }
}

/// The routes of one group while it is being built; ``RouteRegistering/group(_:middleware:metadata:_:)``
/// then adds them to its parent with the group's prefix, middleware and metadata.
public struct RouteGroup: RouteRegistering {
    /// The routes added so far, relative to the group.
    fileprivate(set) var routes: [RouteDeclaration] = []

    public mutating func add(_ route: RouteDeclaration) {
        routes.append(route)
    }
}
