import HTTPServer

/// A request that ends early with its own page (not found, expired form, closed survey).
///
/// Thrown from deep inside a handler and turned into the response by ``answer(_:)``.
enum Interruption: Error {
    case respond(HTTPResponse)

    /// Runs a handler; an interruption becomes its response.
    static func answer(_ body: () throws -> HTTPResponse) -> HTTPResponse {
        do {
            return try body()
        } catch {
            return response(for: error)
        }
    }

    /// Runs a handler that answers later through `responder`; an interruption answers at once.
    static func answer(_ responder: Responder, _ body: () throws -> Void) {
        do {
            try body()
        } catch {
            responder.respond(response(for: error))
        }
    }

    /// The page for a thrown error: the interruption's own, or a bare 500 that reveals nothing.
    private static func response(for error: any Error) -> HTTPResponse {
        if case .respond(let response) = error as? Interruption { return response }
        return HTTPResponse.text("Internal Server Error\n", status: .internalServerError)
    }
}
