/// Work that every route of a group shares, around its handler: checks before
/// it (sign-in, anti-forgery tokens) and changes after it (security headers).
///
/// A middleware never sees which of the three shapes a handler has; the
/// router runs the chain the same way around immediate, deferred and async
/// handlers. The outermost middleware looks at a request first and at its
/// response last.
public protocol Middleware: Sendable {
    /// Looks at a request before the handler does.
    ///
    /// - Parameter route: the route the request matched, with its declared metadata.
    /// - Returns: ``MiddlewareOutcome/proceed(_:)`` with the request to go on
    ///   with (it may carry new context), or ``MiddlewareOutcome/answer(_:)``
    ///   to answer at once; the handler and the middleware inside then never run.
    func intercept(_ request: HTTPRequest, route: RouteDeclaration) -> MiddlewareOutcome

    /// Changes a response on its way out, whoever made it: the handler, an
    /// inner middleware, this middleware's own early answer, or the router's
    /// error page for an error the handler threw.
    func finish(_ response: inout HTTPResponse, for request: HTTPRequest)
}

extension Middleware {
    /// Passes every request on unchanged.
    public func intercept(_ request: HTTPRequest, route: RouteDeclaration) -> MiddlewareOutcome {
        .proceed(request)
    }

    /// Leaves every response as it is.
    public func finish(_ response: inout HTTPResponse, for request: HTTPRequest) {}
}

/// What a middleware decides about a request.
public enum MiddlewareOutcome: Sendable {
    /// Go on to the next middleware or the handler with this request.
    case proceed(HTTPRequest)
    /// Answer with this response instead.
    case answer(HTTPResponse)
}
