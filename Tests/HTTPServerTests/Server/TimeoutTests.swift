import HTTPServer
import HTTPServerTesting
import Synchronization
import Testing

/// Every timeout of the event loop, over real sockets but on a test clock:
/// each test waits for the state it needs, moves the clock to the last
/// instant the timeout allows, checks the connection is still there, then
/// moves one nanosecond further. Nothing sleeps, so each takes milliseconds.
@Suite struct TimeoutTests {
    static let nanosecond = Duration.nanoseconds(1)

    /// The phases of the open connections after a sweep, or nil when the loop did not answer.
    static func phases(_ snapshots: [ConnectionSnapshot]?) -> [ConnectionSnapshot.Phase]? {
        snapshots?.map(\.phase)
    }

    @Test func silentNewConnectionClosesAtTheHeadTimeoutWithoutAnAnswer() throws {
        let clock = TestServerClock()
        try withLiveServer(router: liveRouter, clock: clock, configure: { $0.headTimeout = .seconds(10) }) { server in
            let client = try LiveTestClient(port: server.port)
            #expect(server.waitForConnections { Self.phases($0) == [.head(started: false)] } != nil)
            #expect(Self.phases(server.advance(clock, by: .seconds(10))) == [.head(started: false)])
            #expect(Self.phases(server.advance(clock, by: Self.nanosecond)) == [])
            #expect(throws: LiveTestClient.Failure.closed) { try client.readResponse() }
        }
    }

    @Test func unfinishedHeadIsAnswered408TheHeadTimeoutAfterItsFirstByte() throws {
        let clock = TestServerClock()
        try withLiveServer(router: liveRouter, clock: clock, configure: { $0.headTimeout = .seconds(10) }) { server in
            let client = try LiveTestClient(port: server.port)
            #expect(try client.request("GET", "/").text == "root")
            // Idle for longer than the head timeout: the next head's time starts with its first byte.
            server.advance(clock, by: .seconds(30))
            try client.send("GET / HTTP/1.1\r\nHost: slow")
            #expect(server.waitForConnections { Self.phases($0) == [.head(started: true)] } != nil)
            server.advance(clock, by: .seconds(9))
            try client.send("loris\r\n")
            #expect(Self.phases(server.advance(clock, by: .seconds(1))) == [.head(started: true)])
            #expect(Self.phases(server.advance(clock, by: Self.nanosecond)) == [.lingering])
            let response = try client.readResponse()
            #expect(response.status == 408)
            #expect(response.headers["Connection"] == "close")
            #expect(client.waitForClose())
        }
    }

    @Test func bodyGetsItsTimeoutPlusOneSecondPerMinimumRateOfBytes() throws {
        let clock = TestServerClock()
        let configure: (inout ServerConfiguration) -> Void = {
            $0.bodyTimeout = .seconds(10)
            $0.minimumBodyRate = 1000
        }
        try withLiveServer(router: liveRouter, clock: clock, configure: configure) { server in
            let client = try LiveTestClient(port: server.port)
            try client.send(
                "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 5000\r\n\r\n" + String(repeating: "a", count: 500))
            #expect(server.waitForConnections { Self.phases($0) == [.body(received: 500)] } != nil)
            server.advance(clock, by: .seconds(10))
            // 1000 bytes at 1000 bytes per second earn one second beyond the body timeout.
            try client.send(String(repeating: "b", count: 500))
            #expect(server.waitForConnections { Self.phases($0) == [.body(received: 1000)] } != nil)
            #expect(Self.phases(server.advance(clock, by: .seconds(1))) == [.body(received: 1000)])
            #expect(Self.phases(server.advance(clock, by: Self.nanosecond)) == [.lingering])
            #expect(try client.readResponse().status == 408)
            #expect(client.waitForClose())
        }
    }

    @Test func idleKeepAliveConnectionClosesAtTheIdleTimeout() throws {
        let clock = TestServerClock()
        try withLiveServer(router: liveRouter, clock: clock, configure: { $0.idleTimeout = .seconds(60) }) { server in
            let client = try LiveTestClient(port: server.port)
            #expect(try client.request("GET", "/").text == "root")
            #expect(Self.phases(server.advance(clock, by: .seconds(60))) == [.idle])
            #expect(try client.request("GET", "/").text == "root")
            #expect(Self.phases(server.advance(clock, by: .seconds(60))) == [.idle])
            #expect(Self.phases(server.advance(clock, by: Self.nanosecond)) == [])
            #expect(client.waitForClose())
        }
    }

    @Test func slowHandlerIsAnswered503AtTheHandlerTimeoutAndItsLateAnswerDropped() throws {
        let clock = TestServerClock()
        let held = Mutex<Responder?>(nil)
        var router = Router()
        router.get("/hold") { _, responder in held.withLock { $0 = responder } }
        router.get("/") { _ in .text("root") }
        try withLiveServer(router: router, clock: clock, configure: { $0.handlerTimeout = .seconds(30) }) { server in
            let client = try LiveTestClient(port: server.port)
            try client.send("GET /hold HTTP/1.1\r\nHost: x\r\n\r\n")
            #expect(server.waitForConnections { Self.phases($0) == [.handling] } != nil)
            #expect(Self.phases(server.advance(clock, by: .seconds(30))) == [.handling])
            #expect(Self.phases(server.advance(clock, by: Self.nanosecond)) == [.lingering])
            #expect(try client.readResponse().status == 503)
            #expect(client.waitForClose())
            held.withLock { $0?.respond(.text("too late")) }
            #expect(try LiveTestClient(port: server.port).request("GET", "/").text == "root")
        }
    }

    @Test func readerThatStopsReadingIsCutOffAtTheWriteTimeout() throws {
        let clock = TestServerClock()
        var router = Router()
        // Far more than the socket buffers on both ends take, so most of it waits in the server.
        let large = [UInt8](repeating: 120, count: 48 << 20)
        router.get("/large") { _ in HTTPResponse(body: large) }
        try withLiveServer(router: router, clock: clock, configure: { $0.writeTimeout = .seconds(30) }) { server in
            let client = try LiveTestClient(port: server.port)
            try client.send("GET /large HTTP/1.1\r\nHost: x\r\n\r\n")
            let stuck = server.waitForConnections { $0.count == 1 && $0[0].phase == .idle && $0[0].pendingOutput > 0 }
            #expect(stuck != nil)
            #expect(Self.phases(server.advance(clock, by: .seconds(30))) == [.idle])
            #expect(Self.phases(server.advance(clock, by: Self.nanosecond)) == [])
            #expect(client.waitForClose())
        }
    }

    @Test func closingConnectionLingersTwoSecondsForAClientThatStays() throws {
        let clock = TestServerClock()
        try withLiveServer(router: liveRouter, clock: clock) { server in
            let client = try LiveTestClient(port: server.port)
            #expect(try client.request("GET", "/bye").text == "bye")
            #expect(Self.phases(server.advance(clock, by: .seconds(2))) == [.lingering])
            #expect(Self.phases(server.advance(clock, by: Self.nanosecond)) == [])
            #expect(client.waitForClose())
        }
    }

    @Test func crowdedServerClosesIdleConnectionsAfterTheShortIdleTimeout() throws {
        let clock = TestServerClock()
        let configure: (inout ServerConfiguration) -> Void = {
            $0.maxConnections = 10
            $0.crowdedFraction = 0.8
            $0.crowdedIdleTimeout = .seconds(5)
        }
        try withLiveServer(router: liveRouter, clock: clock, configure: configure) { server in
            func idleClients() throws -> [LiveTestClient] {
                try (0..<4).map { _ in
                    let client = try LiveTestClient(port: server.port)
                    #expect(try client.request("GET", "/").text == "root")
                    return client
                }
            }
            let older = try idleClients()
            server.advance(clock, by: .seconds(3))
            let newer = try idleClients()
            // Eight of ten open: crowded. The older four have been idle five seconds, the limit.
            #expect(server.advance(clock, by: .seconds(2))?.count == 8)
            #expect(server.advance(clock, by: Self.nanosecond)?.count == 4)
            for client in older { #expect(client.waitForClose()) }
            // Four open is not crowded: the usual idle timeout applies again.
            #expect(server.advance(clock, by: .seconds(10))?.count == 4)
            for client in newer { #expect(try client.request("GET", "/").text == "root") }
        }
    }
}
