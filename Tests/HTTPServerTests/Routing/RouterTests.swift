import Dispatch
import HTTPServerTesting
import Testing

@testable import HTTPServer

/// Routing straight through the router, without sockets.
@Suite struct RouterTests {
    static let router: Router = {
        var router = Router()
        router.get("/") { _ in .text("home") }
        router.get("/s/:survey/:page") { request in
            .text("\(request.parameters["survey"] ?? "")|\(request.parameters["page"] ?? "")")
        }
        router.get("/files/*rest") { request in .text(request.parameters["rest"] ?? "") }
        router.post("/s/:survey/:page") { request, responder in
            let survey = request.parameters["survey"] ?? ""
            DispatchQueue.global().async { responder.respond(.redirect(to: "/s/\(survey)/next")) }
        }
        router.get("/async/:n") { request async throws -> HTTPResponse in
            guard let n = Int(request.parameters["n"] ?? "") else {
                throw HTTPError(.badRequest, publicMessage: "Zahl erwartet")
            }
            return .text(String(n * 2))
        }
        router.get("/forgotten") { _, _ in }
        return router
    }()

    let client = RouterTestClient(router: router)

    struct Case: Sendable, CustomTestStringConvertible {
        let method: HTTPMethod
        let target: String
        let status: Int
        let text: String?
        var testDescription: String { "\(method) \(target)" }
    }

    static let cases: [Case] = [
        .init(method: .get, target: "/", status: 200, text: "home"),
        .init(method: .head, target: "/", status: 200, text: "home"),
        .init(method: .get, target: "/s/digital-2026/3?x=1", status: 200, text: "digital-2026|3"),
        .init(method: .get, target: "/s/a%20b/%C3%BC", status: 200, text: "a b|ü"),
        .init(method: .get, target: "/s/a+b/1", status: 200, text: "a+b|1"),
        .init(method: .get, target: "/s/x", status: 404, text: nil),
        .init(method: .get, target: "/s/x/1/2", status: 404, text: nil),
        .init(method: .get, target: "/s//1", status: 404, text: nil),
        .init(method: .get, target: "/s/%FF/1", status: 400, text: nil),
        .init(method: .get, target: "/s/%4/1", status: 400, text: nil),
        .init(method: .get, target: "/files/a/b%2Fc.css", status: 200, text: "a/b%2Fc.css"),
        .init(method: .get, target: "/files/", status: 200, text: ""),
        .init(method: .get, target: "http://example.org/s/y/2", status: 200, text: "y|2"),
        .init(method: .post, target: "/s/umfrage/1", status: 303, text: nil),
        .init(method: .delete, target: "/", status: 405, text: nil),
        .init(method: .get, target: "/async/21", status: 200, text: "42"),
        .init(method: .get, target: "/async/x", status: 400, text: "Zahl erwartet\n"),
        .init(method: .get, target: "/forgotten", status: 500, text: nil),
    ]

    @Test("routes", arguments: TestMode.allCases, cases)
    func route(mode: TestMode, _ testCase: Case) async throws {
        let client = try mode.client(for: Self.router)
        let response = try await client.execute(HTTPRequest(method: testCase.method, target: testCase.target))
        #expect(response.status.code == testCase.status)
        // The router hands a HEAD answer its GET body; the server never sends it.
        if let text = testCase.text {
            #expect(response.text == (mode == .live && testCase.method == .head ? "" : text))
        }
    }

    @Test func redirectAndAllowHeaders() async throws {
        let redirect = try await client.post("/s/umfrage/1", form: [("a", "b")])
        #expect(redirect.headers["Location"] == "/s/umfrage/next")
        let notAllowed = await client.execute(HTTPRequest(method: .delete, target: "/s/a/b"))
        #expect(notAllowed.headers["Allow"] == "GET, POST")
    }

    @Test func customErrorPageIsUsed() async throws {
        var router = Router()
        router.errorPage = { status, _, _ in .html("<h1>Seite nicht gefunden</h1>", status: status) }
        let response = try await RouterTestClient(router: router).get("/missing")
        #expect(response.status == .notFound)
        #expect(response.headers["Content-Type"] == "text/html; charset=utf-8")
    }

    @Test func targetSplitting() {
        #expect(HTTPRequest.split(target: "/a?b=c#d") == ("/a", "b=c"))
        #expect(HTTPRequest.split(target: "/a#d?x") == ("/a", nil))
        #expect(HTTPRequest.split(target: "https://h:1/p/q?r") == ("/p/q", "r"))
        #expect(HTTPRequest.split(target: "http://h") == ("/", nil))
        #expect(HTTPRequest.split(target: "http://h?x=1") == ("/", "x=1"))
        #expect(HTTPRequest.split(target: "*") == ("/*", nil))
        #expect(HTTPRequest.split(target: "") == ("/", nil))
        #expect(HTTPRequest.split(target: "/s/umfrage/p/eins?") == ("/s/umfrage/p/eins", ""))
        #expect(HTTPRequest.split(target: "/s/%C3%A4?lang=en&x=%3F#?") == ("/s/%C3%A4", "lang=en&x=%3F"))
    }
}
