import Dispatch
import Glibc
import HTTPServer
import HTTPServerTesting
import Testing

/// Starts a server on a free loopback port for one test and always shuts it down.
/// - Parameter clock: the loop's clock when the test moves time itself; the
///   shutdown then has no grace period, since that clock stands still.
func withLiveServer(
    router: Router, host: String = "127.0.0.1", clock: TestServerClock? = nil,
    configure: (inout ServerConfiguration) -> Void = { _ in }, _ body: (HTTPServer) throws -> Void
) throws {
    var configuration = ServerConfiguration.loopbackTesting
    configuration.host = host
    if let clock { configuration.clock = clock }
    configure(&configuration)
    let server = HTTPServer(configuration: configuration, router: router)
    try server.start()
    defer { server.shutdown(gracePeriod: clock == nil ? .seconds(2) : .zero) }
    try body(server)
}

/// The router every live test shares.
let liveRouter: Router = {
    var router = Router()
    router.get("/") { _ in .text("root") }
    router.get("/hello/:name") { request in .text("Hallo \(request.parameters["name"] ?? "?")") }
    router.post("/echo") { request in HTTPResponse(body: request.body) }
    router.get("/bye") { _ in HTTPResponse(headers: ["Connection": "close"], body: Array("bye".utf8)) }
    router.post("/small", bodyLimit: 10) { request in HTTPResponse(body: request.body) }
    router.post("/form") { request in
        let form = try request.formFields()
        return .text(form.map { "\($0.name)=\($0.value)" }.joined(separator: ";"))
    }
    router.get("/later") { request, responder in
        let delay = Int(request.query ?? "") ?? 50
        DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(delay)) {
            responder.respond(.text("later \(delay)"))
        }
    }
    router.get("/async") { _ async throws -> HTTPResponse in
        try await Task.sleep(for: .milliseconds(5))
        return .text("async")
    }
    router.get("/fail") { _ -> HTTPResponse in
        struct Secret: Error {}
        throw Secret()
    }
    return router
}()
