import Dispatch
import Glibc
import HTTPServer
import HTTPServerTesting
import Testing

/// The server over real loopback sockets: framing, keep-alive, pipelining,
/// deferred answers, limits and shutdown (the timeouts are in `TimeoutTests`).
/// Serialized because some tests open a thousand connections or more, which
/// neighbours running in parallel would have to share descriptors with.
@Suite(.serialized) struct LiveServerTests {
    @Test func keepAliveServesSeveralRequestsOnOneConnection() throws {
        try withLiveServer(router: liveRouter) { server in
            let client = try LiveTestClient(port: server.port)
            for name in ["a", "b%C3%BC", "c"] {
                let response = try client.request("GET", "/hello/\(name)")
                #expect(response.status == 200)
                #expect(response.headers["Connection"] == nil)
                #expect(response.headers["Date"]?.hasSuffix(" GMT") == true)
                #expect(response.text == "Hallo \(name == "b%C3%BC" ? "bü" : name)")
            }
        }
    }

    @Test func pipelinedRequestsAreAnsweredInOrder() throws {
        try withLiveServer(router: liveRouter) { server in
            let client = try LiveTestClient(port: server.port)
            // The first answer arrives late from another thread; order must still hold.
            try client.send(
                "GET /later?80 HTTP/1.1\r\nHost: x\r\n\r\nPOST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabcGET / HTTP/1.1\r\nHost: x\r\n\r\n"
            )
            #expect(try client.readResponse().text == "later 80")
            #expect(try client.readResponse().text == "abc")
            #expect(try client.readResponse().text == "root")
        }
    }

    @Test func halfClosedClientGetsEveryPipelinedAnswer() throws {
        try withLiveServer(router: liveRouter) { server in
            let client = try LiveTestClient(port: server.port)
            try client.send("GET /later?30 HTTP/1.1\r\nHost: x\r\n\r\nGET /hello/b HTTP/1.1\r\nHost: x\r\n\r\n")
            client.finishSending()
            #expect(try client.readResponse().text == "later 30")
            let last = try client.readResponse()
            #expect(last.text == "Hallo b")
            #expect(last.headers["Connection"] == "close")
            #expect(client.waitForClose())
        }
    }

    @Test func deferredAndAsyncHandlersAnswer() throws {
        try withLiveServer(router: liveRouter) { server in
            let client = try LiveTestClient(port: server.port)
            #expect(try client.request("GET", "/later?20").text == "later 20")
            #expect(try client.request("GET", "/async").text == "async")
        }
    }

    @Test func expectContinueGetsInterimResponse() throws {
        try withLiveServer(router: liveRouter) { server in
            let client = try LiveTestClient(port: server.port)
            try client.send("POST /echo HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n")
            #expect(try client.readResponse().status == 100)
            try client.send("hello")
            let response = try client.readResponse()
            #expect(response.status == 200)
            #expect(response.text == "hello")
        }
    }

    @Test func chunkedBodyAndFormDecoding() throws {
        try withLiveServer(router: liveRouter) { server in
            let client = try LiveTestClient(port: server.port)
            try client.send(
                "POST /form HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n6\r\na=1+2&\r\nA\r\nb=%C3%A4&a\r\n2\r\n=3\r\n0\r\n\r\n"
            )
            #expect(try client.readResponse().text == "a=1 2;b=ä;a=3")
        }
    }

    struct Oversized: Sendable, CustomTestStringConvertible {
        let name: String
        let request: String
        let status: Int
        var testDescription: String { name }
    }

    static let oversized: [Oversized] = [
        .init(
            name: "request line", request: "GET /\(String(repeating: "x", count: 9000)) HTTP/1.1\r\nHost: x\r\n\r\n",
            status: 414),
        .init(
            name: "header section",
            request: "GET / HTTP/1.1\r\nHost: x\r\nX: \(String(repeating: "y", count: 40_000))\r\n\r\n", status: 431),
        .init(
            name: "field count",
            request: "GET / HTTP/1.1\r\nHost: x\r\n\(String(repeating: "X: y\r\n", count: 101))\r\n", status: 431),
        .init(
            name: "body over the default", request: "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 2000000\r\n\r\n",
            status: 413),
        .init(
            name: "body over the route limit", request: "POST /small HTTP/1.1\r\nHost: x\r\nContent-Length: 11\r\n\r\n",
            status: 413),
        .init(
            name: "chunked body over the route limit",
            request:
                "POST /small HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\nworld!\r\n",
            status: 413),
        .init(
            name: "smuggling attempt",
            request:
                "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
            status: 400),
        .init(
            name: "unknown coding", request: "POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n",
            status: 501),
        .init(name: "unknown method", request: "BREW / HTTP/1.1\r\nHost: x\r\n\r\n", status: 501),
        .init(name: "HTTP/2 preface", request: "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", status: 505),
    ]

    @Test("bad or oversized input gets its status and a closed connection", arguments: oversized)
    func oversizedInput(_ testCase: Oversized) throws {
        try withLiveServer(router: liveRouter) { server in
            let client = try LiveTestClient(port: server.port)
            try client.send(testCase.request)
            let response = try client.readResponse()
            #expect(response.status == testCase.status)
            #expect(response.headers["Connection"] == "close")
            #expect(client.waitForClose())
        }
    }

    @Test func routingErrorsDoNotLeakInternals() throws {
        try withLiveServer(router: liveRouter) { server in
            let client = try LiveTestClient(port: server.port)
            let failure = try client.request("GET", "/fail")
            #expect(failure.status == 500)
            #expect(!failure.text.contains("Secret"))
            #expect(try client.request("GET", "/nothing").status == 404)
            let wrongMethod = try client.request("POST", "/")
            #expect(wrongMethod.status == 405)
            #expect(wrongMethod.headers["Allow"] == "GET")
            #expect(try client.request("GET", "/hello/%ZZ").status == 400)
        }
    }

    @Test func headAnswersWithoutBody() throws {
        try withLiveServer(router: liveRouter) { server in
            let client = try LiveTestClient(port: server.port)
            let head = try client.request("HEAD", "/")
            #expect(head.status == 200)
            #expect(head.headers["Content-Length"] == "4")
            #expect(head.body.isEmpty)
            #expect(try client.request("GET", "/").text == "root")
        }
    }

    @Test func http10ClosesUnlessKeepAliveAsked() throws {
        try withLiveServer(router: liveRouter) { server in
            let client = try LiveTestClient(port: server.port)
            try client.send("GET / HTTP/1.0\r\n\r\n")
            #expect(try client.readResponse().headers["Connection"] == "close")
            #expect(client.waitForClose())
            let keepAlive = try LiveTestClient(port: server.port)
            try keepAlive.send("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
            #expect(try keepAlive.readResponse().headers["Connection"] == "keep-alive")
            try keepAlive.send("GET / HTTP/1.0\r\n\r\n")
            #expect(try keepAlive.readResponse().text == "root")
        }
    }

    @Test func manyIdleConnectionsDoNotDelayOthers() throws {
        try withLiveServer(router: liveRouter, configure: { $0.maxConnectionsPerClient = 2000 }) { server in
            var idle: [LiveTestClient] = []
            for _ in 0..<1000 { idle.append(try LiveTestClient(port: server.port)) }
            // Half of them have started a request and stalled mid-head.
            for client in idle.prefix(500) { try client.send("GET / HTTP/1.1\r\nHo") }
            // A second is a safety net against a stuck loop, not a measurement: an answer takes microseconds.
            for _ in 0..<20 {
                let client = try LiveTestClient(port: server.port, timeout: .seconds(1))
                #expect(try client.request("GET", "/").status == 200)
            }
            #expect(try idle[999].request("GET", "/").status == 200)
        }
    }

    @Test func gracefulShutdownFinishesInFlightRequests() throws {
        var configuration = ServerConfiguration()
        configuration.port = 0
        configuration.accessLog = .none
        // The clock stands still, so the grace period never runs out: only the finished request ends the wait.
        configuration.clock = TestServerClock()
        let server = HTTPServer(configuration: configuration, router: liveRouter)
        try server.start()
        let client = try LiveTestClient(port: server.port)
        try client.send("GET /later?300 HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(server.waitForConnections { $0.map(\.phase) == [.handling] } != nil)
        server.shutdown(gracePeriod: .seconds(5))
        let response = try client.readResponse()
        #expect(response.text == "later 300")
        #expect(response.headers["Connection"] == "close")
        #expect(throws: LiveTestClient.Failure.self) { try LiveTestClient(port: server.port) }
    }

    @Test func accessLogHasOneLinePerResponseWithoutQuery() throws {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        defer { close(ends[0]) }
        try withLiveServer(
            router: liveRouter,
            configure: {
                $0.accessLog = .fileDescriptor(ends[1])
                $0.accessLogPath = { path in path.hasPrefix("/hello/") ? "/hello/…" : path }
            }
        ) { server in
            let client = try LiveTestClient(port: server.port)
            _ = try client.request("GET", "/hello/geheim456?token=geheim123")
            _ = try client.request("GET", "/nothing")
        }
        close(ends[1])
        var bytes = [UInt8](repeating: 0, count: 4096)
        let count = read(ends[0], &bytes, bytes.count)
        let lines = String(decoding: bytes.prefix(max(0, count)), as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("127.0.0.1 - - [") == true)
        #expect(lines.first?.contains("] \"GET /hello/… HTTP/1.1\" 200 15 ") == true)
        #expect(lines.last?.contains("\"GET /nothing HTTP/1.1\" 404 ") == true)
        #expect(!lines.contains { $0.contains("geheim") })
    }

    @Test func portInUseIsReportedClearly() throws {
        try withLiveServer(router: liveRouter) { server in
            var configuration = ServerConfiguration()
            configuration.port = server.port
            let second = HTTPServer(configuration: configuration, router: liveRouter)
            #expect(throws: ServerError.addressInUse(host: "127.0.0.1", port: server.port)) { try second.start() }
            #expect("\(ServerError.addressInUse(host: "127.0.0.1", port: 8080))".contains("already in use"))
        }
    }

    @Test func servesOverIPv6Loopback() throws {
        try withLiveServer(router: liveRouter, host: "::1") { server in
            let client = try LiveTestClient(host: "::1", port: server.port)
            #expect(try client.request("GET", "/").text == "root")
        }
    }

    @Test func acceptingPausesAtTheConnectionCap() throws {
        try withLiveServer(router: liveRouter, configure: { $0.maxConnections = 3 }) { server in
            // Each is mid-head, so no idle connection can be closed to make room. The
            // unfinished head travels with a whole request in one segment: once that
            // request is answered, the server holds the unfinished head, so a sweep
            // can never find the connection still idle.
            var first: [LiveTestClient] = []
            for _ in 0..<3 {
                let client = try LiveTestClient(port: server.port)
                try client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\nGET / HTTP/1.1\r\nHo")
                #expect(try client.readResponse().text == "root")
                first.append(client)
            }
            // The kernel completes the handshake, but the server does not take the connection yet.
            let waiting = try LiveTestClient(port: server.port)
            try waiting.send("GET /hello/wartend HTTP/1.1\r\nHost: x\r\n\r\n")
            #expect(server.sweep()?.count == 3)
            first.removeFirst()
            #expect(try waiting.readResponse().text == "Hallo wartend")
        }
    }

    @Test func handlerCanAskToClose() throws {
        try withLiveServer(router: liveRouter) { server in
            let client = try LiveTestClient(port: server.port)
            let response = try client.request("GET", "/bye")
            #expect(response.text == "bye")
            #expect(response.headers.values(for: "Connection") == ["close"])
            #expect(client.waitForClose())
        }
    }
}
