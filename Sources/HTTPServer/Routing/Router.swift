/// Maps method and path to handlers; a value built before the server starts.
///
/// Handlers come in three shapes, all run off the event loop on the worker pool:
/// - immediate: `(HTTPRequest) throws -> HTTPResponse`, the fastest path;
/// - deferred: `(HTTPRequest, Responder) -> Void`, for answers that arrive
///   later from another thread (such as after a group fsync);
/// - async: `(HTTPRequest) async throws -> HTTPResponse`, run as a task.
public struct Router: Sendable, RouteRegistering {
    /// A handler in one of the three shapes.
    public enum Handler: Sendable {
        case immediate(@Sendable (HTTPRequest) throws -> HTTPResponse)
        case deferred(@Sendable (HTTPRequest, Responder) -> Void)
        case async(@Sendable (HTTPRequest) async throws -> HTTPResponse)
    }

    struct Route: Sendable {
        let declaration: RouteDeclaration
        let pattern: RoutePattern

        var method: HTTPMethod { declaration.method }
        var bodyLimit: Int? { declaration.bodyLimit }
    }

    /// The outcome of looking up a request.
    enum Match {
        case found(Route, parameters: [String: String])
        case methodNotAllowed(allowed: [HTTPMethod])
        case notFound
        case badPath
    }

    private var table: [Route] = []

    /// Every route in the order it was added, with its whole pattern and declared metadata.
    public var routes: [RouteDeclaration] { table.map(\.declaration) }

    /// Renders error responses (404, 405, 500, parse errors...); replace it for branded pages.
    /// The message is safe for clients: it never carries internals. The request is there
    /// to answer in the client's language; it is nil when the bytes never made a request.
    public var errorPage: @Sendable (HTTPStatus, _ publicMessage: String?, _ request: HTTPRequest?) -> HTTPResponse = {
        status, message, _ in
        .text((message ?? "\(status.code) \(status.reasonPhrase)") + "\n", status: status)
    }

    /// Creates an empty router.
    public init() {}

    /// Adds a route; a malformed pattern is a programmer error.
    public mutating func add(_ route: RouteDeclaration) {
        table.append(Route(declaration: route, pattern: RoutePattern(route.pattern)))
    }

    /// The body limit of the route that would handle this request, if it sets one.
    func bodyLimit(method: HTTPMethod, path: String) -> Int? {
        if case .found(let route, _) = match(method: method, path: path) { return route.bodyLimit }
        return nil
    }

    /// The largest body limit any route sets.
    var largestBodyLimit: Int? { table.compactMap(\.bodyLimit).max() }

    /// Finds the route; HEAD falls back to GET.
    func match(method: HTTPMethod, path: String) -> Match {
        var allowed: [HTTPMethod] = []
        var headFallback: (Route, [String: String])?
        for route in table {
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
            run(route.declaration, request, responder, executor)
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

    /// Runs the route's middleware, outermost first, then its handler; each
    /// response, early or late, passes back out through `finish` of every
    /// middleware that let the request in, innermost first.
    private func run(
        _ route: RouteDeclaration, _ request: HTTPRequest, _ responder: Responder, _ executor: (any TaskExecutor)?
    ) {
        var current = request
        let chain = route.middleware
        for index in chain.indices {
            switch chain[index].intercept(current, route: route) {
            case .proceed(let next):
                current = next
            case .answer(var response):
                Self.finish(&response, through: chain[...index], for: current)
                return responder.respond(response)
            }
        }
        let request = current
        switch route.handler {
        case .immediate(let function):
            // The fastest path allocates nothing around the handler.
            var response: HTTPResponse
            do {
                response = try function(request)
            } catch {
                response = self.response(for: error, request: request)
            }
            Self.finish(&response, through: chain[...], for: request)
            responder.respond(response)
        case .deferred(let function):
            function(request, Self.responder(responder, finishingThrough: chain, for: request))
        case .async(let function):
            let outer = Self.responder(responder, finishingThrough: chain, for: request)
            let errorResponse = { @Sendable (error: any Error) in self.response(for: error, request: request) }
            Task(executorPreference: executor) {
                do {
                    outer.respond(try await function(request))
                } catch {
                    outer.respond(errorResponse(error))
                }
            }
        }
    }

    /// A responder that passes the handler's later answer out through `chain` before sending it.
    private static func responder(
        _ responder: Responder, finishingThrough chain: [any Middleware], for request: HTTPRequest
    ) -> Responder {
        guard !chain.isEmpty else { return responder }
        return Responder { response in
            var response = response
            finish(&response, through: chain[...], for: request)
            responder.respond(response)
        }
    }

    private static func finish(
        _ response: inout HTTPResponse, through chain: ArraySlice<any Middleware>, for request: HTTPRequest
    ) {
        for middleware in chain.reversed() { middleware.finish(&response, for: request) }
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
