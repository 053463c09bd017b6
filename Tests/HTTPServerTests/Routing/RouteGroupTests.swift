import Dispatch
import HTTPServerTesting
import Testing

@testable import HTTPServer

/// Groups: prefixes, middleware around all three handler shapes, declared metadata.
@Suite struct RouteGroupTests {
    enum Tag: TypedValueKey {
        typealias Value = String
    }

    /// Writes its name into a header on the way in (as context) and appends it on the way out.
    struct Trace: Middleware {
        let name: String

        func intercept(_ request: HTTPRequest, route: RouteDeclaration) -> MiddlewareOutcome {
            var request = request
            request.context[Tag.self] = (request.context[Tag.self] ?? "") + ">" + name
            return .proceed(request)
        }

        func finish(_ response: inout HTTPResponse, for request: HTTPRequest) {
            response.headers.set("X-Trace", (response.headers["X-Trace"] ?? "") + "<" + name)
        }
    }

    /// Answers at once, before the handler, when the route's metadata says "closed".
    struct Gate: Middleware {
        func intercept(_ request: HTTPRequest, route: RouteDeclaration) -> MiddlewareOutcome {
            route.metadata[Tag.self] == "closed" ? .answer(.text("gate", status: .forbidden)) : .proceed(request)
        }
    }

    static func metadata(_ value: String) -> TypedValues {
        var metadata = TypedValues()
        metadata[Tag.self] = value
        return metadata
    }

    static let router: Router = {
        var router = Router()
        router.get("/plain") { _ in .text("plain") }
        router.group("/g", middleware: [Trace(name: "outer"), Gate()], metadata: metadata("open")) { group in
            group.get("") { request in .text(request.context[Tag.self] ?? "") }
            group.get("/deferred") { request, responder in
                let seen = request.context[Tag.self] ?? ""
                DispatchQueue.global().async { responder.respond(.text(seen)) }
            }
            group.get("/async") { request async throws -> HTTPResponse in .text(request.context[Tag.self] ?? "") }
            group.get("/throws") { _ in throw HTTPError(.badRequest, publicMessage: "bad") }
            group.group("/inner", middleware: [Trace(name: "inner")], metadata: metadata("closed")) { inner in
                inner.get("/x") { _ in .text("never") }
            }
            group.group("/open", middleware: [Trace(name: "inner")]) { inner in
                inner.get("/:id") { request in
                    .text((request.context[Tag.self] ?? "") + "|" + (request.parameters["id"] ?? ""))
                }
            }
        }
        return router
    }()

    let client = RouterTestClient(router: router)

    @Test(arguments: ["/g", "/g/deferred", "/g/async"])
    func middlewareWrapsEveryHandlerShape(path: String) async {
        let response = await client.execute(HTTPRequest(method: .get, target: path))
        #expect(response.status == .ok)
        #expect(String(decoding: response.body, as: UTF8.self) == ">outer")
        #expect(response.headers["X-Trace"] == "<outer")
    }

    @Test func innerMiddlewareRunsInsideAndSeesThePrefixedPath() async {
        let response = await client.execute(HTTPRequest(method: .get, target: "/g/open/42"))
        #expect(String(decoding: response.body, as: UTF8.self) == ">outer>inner|42")
        #expect(response.headers["X-Trace"] == "<inner<outer")
    }

    @Test func anEarlyAnswerSkipsTheHandlerAndPassesOutThroughTheOuterMiddleware() async {
        let response = await client.execute(HTTPRequest(method: .get, target: "/g/inner/x"))
        #expect(response.status == .forbidden)
        #expect(String(decoding: response.body, as: UTF8.self) == "gate")
        // The gate answered before the inner trace let the request in, so only the outer one saw it.
        #expect(response.headers["X-Trace"] == "<outer")
    }

    @Test func aThrownErrorBecomesTheErrorPageAndStillPassesTheMiddleware() async {
        let response = await client.execute(HTTPRequest(method: .get, target: "/g/throws"))
        #expect(response.status == .badRequest)
        #expect(response.headers["X-Trace"] == "<outer")
    }

    @Test func routesOutsideTheGroupAreUntouched() async {
        let response = await client.execute(HTTPRequest(method: .get, target: "/plain"))
        #expect(response.headers["X-Trace"] == nil)
    }

    @Test func theRouteTableListsWholePatternsAndTheInnermostMetadata() {
        let table = Self.router.routes.map { "\($0.method.rawValue) \($0.pattern) \($0.metadata[Tag.self] ?? "-")" }
        #expect(
            table == [
                "GET /plain -", "GET /g open", "GET /g/deferred open", "GET /g/async open", "GET /g/throws open",
                "GET /g/inner/x closed", "GET /g/open/:id open",
            ])
    }
}
