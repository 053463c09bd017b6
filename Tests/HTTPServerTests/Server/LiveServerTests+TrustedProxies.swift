import Dispatch
import Glibc
import HTTPServer
import HTTPServerTesting
import Testing

/// Behind a trusted proxy: who the client is, whether it used HTTPS, limits
/// per forwarded client, and what the access log shows.
extension LiveServerTests {
    /// Tells who the server thinks asked; `/slow` signals `started` and
    /// answers once `release` is signalled, to hold a request in progress.
    static func whoRouter(
        started: DispatchSemaphore = DispatchSemaphore(value: 0),
        release: DispatchSemaphore = DispatchSemaphore(value: 0)
    ) -> Router {
        var router = Router()
        router.get("/who") { request in .text("\(request.remoteAddress) \(request.peerAddress) \(request.isSecure)") }
        router.get("/slow") { _, responder in
            started.signal()
            DispatchQueue.global().async {
                release.wait()
                responder.respond(.text("slow"))
            }
        }
        return router
    }

    static let forwarded: HTTPHeaders = ["X-Forwarded-For": "6.6.6.6, 198.51.100.7", "X-Forwarded-Proto": "https"]

    static func trusting(_ proxy: String) -> (inout ServerConfiguration) -> Void {
        { $0.trustedProxies = TrustedProxies([AddressRange(proxy)].compactMap { $0 }) }
    }

    @Test func onlyATrustedProxyNamesTheClientAndTheScheme() throws {
        try withLiveServer(router: Self.whoRouter(), configure: Self.trusting("127.0.0.2")) { server in
            let proxy = try LiveTestClient(port: server.port, from: "127.0.0.2")
            #expect(try proxy.request("GET", "/who", headers: Self.forwarded).text == "198.51.100.7 127.0.0.2 true")
            #expect(try proxy.request("GET", "/who").text == "127.0.0.2 127.0.0.2 false")
            let direct = try LiveTestClient(port: server.port)
            #expect(try direct.request("GET", "/who", headers: Self.forwarded).text == "127.0.0.1 127.0.0.1 false")
        }
    }

    @Test func behindAProxyTheLimitCountsForwardedClients() throws {
        let started = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        try withLiveServer(
            router: Self.whoRouter(started: started, release: release),
            configure: {
                Self.trusting("127.0.0.2")(&$0)
                $0.maxConnectionsPerClient = 3
            }
        ) { server in
            // The proxy itself may hold more connections than one client.
            let proxy = try (0..<5).map { _ in try LiveTestClient(port: server.port, from: "127.0.0.2") }
            let busy = Array(proxy.prefix(3))
            for connection in busy {
                try connection.send("GET /slow HTTP/1.1\r\nHost: x\r\nX-Forwarded-For: 198.51.100.7\r\n\r\n")
            }
            for _ in busy { #expect(started.wait(timeout: .now() + 5) == .success) }
            let refused = try proxy[3].request("GET", "/who", headers: ["X-Forwarded-For": "198.51.100.7"])
            #expect(refused.status == 429)
            #expect(proxy[3].waitForClose())
            let other = try proxy[4].request("GET", "/who", headers: ["X-Forwarded-For": "198.51.100.8"])
            #expect(other.text == "198.51.100.8 127.0.0.2 false")
            for _ in busy { release.signal() }
            for connection in busy { #expect(try connection.readResponse().text == "slow") }
            // Answered requests no longer count.
            let later = try proxy[4].request("GET", "/who", headers: ["X-Forwarded-For": "198.51.100.7"])
            #expect(later.text == "198.51.100.7 127.0.0.2 false")
        }
    }

    @Test func accessLogShowsAsMuchOfTheAddressAsThePathAllows() throws {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        defer { close(ends[0]) }
        try withLiveServer(
            router: Self.whoRouter(),
            configure: {
                Self.trusting("127.0.0.2")(&$0)
                $0.accessLog = .fileDescriptor(ends[1])
                $0.accessLogAddress = { path in
                    path.hasPrefix("/audit") ? .full : path.hasPrefix("/who") ? .network : .none
                }
            }
        ) { server in
            let client = try LiveTestClient(port: server.port, from: "127.0.0.3")
            _ = try client.request("GET", "/who")
            _ = try client.request("GET", "/audit")
            _ = try client.request("GET", "/hidden")
            let proxy = try LiveTestClient(port: server.port, from: "127.0.0.2")
            _ = try proxy.request("GET", "/who", headers: ["X-Forwarded-For": "2001:db8:1:2::7"])
            _ = try proxy.request("GET", "/audit", headers: ["X-Forwarded-For": "2001:db8:1:2::7"])
            _ = try proxy.request("GET", "/hidden", headers: ["X-Forwarded-For": "2001:db8:1:2::7"])
        }
        close(ends[1])
        var bytes = [UInt8](repeating: 0, count: 4096)
        let count = read(ends[0], &bytes, bytes.count)
        let lines = String(decoding: bytes.prefix(max(0, count)), as: UTF8.self).split(separator: "\n")
        #expect(
            lines.map { $0.prefix { $0 != " " } } == [
                "127.0.0.0", "127.0.0.3", "-", "2001:db8:1::", "2001:db8:1:2::7", "-",
            ])
    }
}
