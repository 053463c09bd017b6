import HTTPServer

/// The headers every response of the web application carries.
enum SecurityHeaders {
    /// No inline script or style anywhere, so the policy needs no `unsafe-inline`.
    static let contentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

    /// Adds the security headers; dynamic pages are never cached, so the back
    /// button fetches a fresh form with a fresh key instead of a stale copy.
    static func apply(to response: inout HTTPResponse, cacheable: Bool = false) {
        response.headers.set("Content-Security-Policy", contentSecurityPolicy)
        response.headers.set("X-Content-Type-Options", "nosniff")
        response.headers.set("Referrer-Policy", "no-referrer")
        response.headers.set("X-Frame-Options", "DENY")
        if !cacheable {
            response.headers.set("Cache-Control", "no-store")
        }
    }
}
