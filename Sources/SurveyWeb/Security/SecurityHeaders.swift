import HTTPServer

/// The headers every response of the web application carries.
enum SecurityHeaders {
    /// No inline script or style anywhere, so the policy needs no `unsafe-inline`.
    static let contentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

    /// Adds the security headers; dynamic pages are never cached, so the back
    /// button fetches a fresh form with a fresh key instead of a stale copy.
    ///
    /// A policy or caching rule the response brings along is kept: the report
    /// names its inline stylesheet in a policy of its own, and assets are cached.
    static func apply(to response: inout HTTPResponse) {
        if response.headers["Content-Security-Policy"] == nil {
            response.headers.set("Content-Security-Policy", contentSecurityPolicy)
        }
        response.headers.set("X-Content-Type-Options", "nosniff")
        response.headers.set("Referrer-Policy", "no-referrer")
        response.headers.set("X-Frame-Options", "DENY")
        if response.headers["Cache-Control"] == nil {
            response.headers.set("Cache-Control", "no-store")
        }
    }
}

/// Puts the security headers on every response of the routes it wraps, whoever made it.
struct SecurityHeadersMiddleware: Middleware {
    func finish(_ response: inout HTTPResponse, for request: HTTPRequest) {
        SecurityHeaders.apply(to: &response)
    }
}
