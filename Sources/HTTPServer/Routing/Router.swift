/// Maps method and path to handlers; a value built before the server starts.
///
/// Handlers come in three shapes, all run off the event loop on the worker pool:
/// - immediate: `(HTTPRequest) throws -> HTTPResponse`, the fastest path;
/// - deferred: `(HTTPRequest, Responder) -> Void`, for answers that arrive
///   later from another thread (such as after a group fsync);
/// - async: `(HTTPRequest) async throws -> HTTPResponse`, run as a task.
public struct Router: Sendable {
    /// A handler in one of the three shapes.
    public enum Handler: Sendable {
        case immediate(@Sendable (HTTPRequest) throws -> HTTPResponse)
        case deferred(@Sendable (HTTPRequest, Responder) -> Void)
        case async(@Sendable (HTTPRequest) async throws -> HTTPResponse)
    }

    struct Route: Sendable {
        let method: HTTPMethod
        let pattern: RoutePattern
        let bodyLimit: Int?
        let handler: Handler
    }

    /// The outcome of looking up a request.
    enum Match {
        case found(Route, parameters: [String: String])
        case methodNotAllowed(allowed: [HTTPMethod])
        case notFound
        case badPath
    }

    private var routes: [Route] = []

    /// Renders error responses (404, 405, 500, parse errors...); replace it for branded pages.
    /// The message is safe for clients: it never carries internals. The request is there
    /// to answer in the client's language; it is nil when the bytes never made a request.
    public var errorPage: @Sendable (HTTPStatus, _ publicMessage: String?, _ request: HTTPRequest?) -> HTTPResponse = {
        status, message, _ in
        .text((message ?? "\(status.code) \(status.reasonPhrase)") + "\n", status: status)
    }

    /// Creates an empty router.
    public init() {}

    /// Adds a route for any method.
    /// - Parameters:
    ///   - bodyLimit: the largest body this route accepts; nil uses the server's default.
    public mutating func on(_ method: HTTPMethod, _ pattern: String, bodyLimit: Int? = nil, handler: Handler) {
        routes.append(Route(method: method, pattern: RoutePattern(pattern), bodyLimit: bodyLimit, handler: handler))
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

    /// The body limit of the route that would handle this request, if it sets one.
    func bodyLimit(method: HTTPMethod, path: String) -> Int? {
        if case .found(let route, _) = match(method: method, path: path) { return route.bodyLimit }
        return nil
    }

    /// The largest body limit any route sets.
    var largestBodyLimit: Int? { routes.compactMap(\.bodyLimit).max() }

    /// Finds the route; HEAD falls back to GET.
    func match(method: HTTPMethod, path: String) -> Match {
        var allowed: [HTTPMethod] = []
        var headFallback: (Route, [String: String])?
        for route in routes {
            let parameters: [String: String]?
            do {
                parameters = try route.pattern.match(path)
            } catch {
                return .badPath
            }
            guard let parameters else { continue }
            if route.method == method { return .found(route, parameters: parameters) }
            if method == .head, route.method == .get, headFallback == nil { headFallback = (route, parameters) }
            allowed.append(route.method)
        }
        if let (route, parameters) = headFallback { return .found(route, parameters: parameters) }
        return allowed.isEmpty ? .notFound : .methodNotAllowed(allowed: allowed)
    }

    /// Routes a request and answers it through `responder`; call it off the event loop.
    ///
    /// - Parameter executor: where `async` handlers run; the server passes its
    ///   worker pool so they never wait for threads of the shared concurrency
    ///   pool that other code may be blocking. Nil uses the global executor.
    public func handle(_ request: HTTPRequest, responder: Responder, executor: (any TaskExecutor)? = nil) {
        switch match(method: request.method, path: request.path) {
        case .found(let route, let parameters):
            var request = request
            request.parameters = parameters
            run(route.handler, request, responder, executor)
        case .methodNotAllowed(let allowed):
            var response = errorPage(.methodNotAllowed, nil, request)
            response.headers.set("Allow", allowed.map(\.rawValue).joined(separator: ", "))
            responder.respond(response)
        case .notFound:
            responder.respond(errorPage(.notFound, nil, request))
        case .badPath:
            responder.respond(errorPage(.badRequest, nil, request))
        }
    }

    private func run(
        _ handler: Handler, _ request: HTTPRequest, _ responder: Responder, _ executor: (any TaskExecutor)?
    ) {
        switch handler {
        case .immediate(let function):
            do {
                responder.respond(try function(request))
            } catch {
                responder.respond(response(for: error, request: request))
            }
        case .deferred(let function):
            function(request, responder)
        case .async(let function):
            let errorResponse = { @Sendable (error: any Error) in self.response(for: error, request: request) }
            Task(executorPreference: executor) {
                do {
                    responder.respond(try await function(request))
                } catch {
                    responder.respond(errorResponse(error))
                }
            }
        }
    }

    /// The response for an error a handler of `request` threw; only `HTTPError` says more than 500.
    public func response(for error: any Error, request: HTTPRequest) -> HTTPResponse {
        switch error {
        case let error as HTTPError: errorPage(error.status, error.publicMessage, request)
        case is FormDecodingError: errorPage(.badRequest, nil, request)
        default: errorPage(.internalServerError, nil, request)
        }
    }
}
