import HTTPServer
import HTTPServerTesting
import Testing

/// Connection floods: one address cannot take every slot, and a crowded
/// server makes room by closing idle connections, oldest first.
extension LiveServerTests {
    @Test func oneAddressCannotLockOutAnother() throws {
        // A cap of 512 stands for the default 10,000: the flood below would fill it many times over.
        try withLiveServer(router: liveRouter, configure: { $0.maxConnections = 512 }) { server in
            let limit = ServerConfiguration().maxConnectionsPerClient
            var flood: [LiveTestClient] = []
            for _ in 0..<(limit + 1000) { flood.append(try LiveTestClient(port: server.port, timeout: .seconds(2))) }
            // Were the flood to hold every slot, this would time out.
            let other = try LiveTestClient(port: server.port, from: "127.0.0.2", timeout: .seconds(2))
            #expect(try other.request("GET", "/hello/zweite").text == "Hallo zweite")
            // The surplus was closed at once; the first `limit` connections are served.
            #expect(flood[limit].waitForClose())
            #expect(flood[limit + 999].waitForClose())
            #expect(try flood[0].request("GET", "/").text == "root")
            #expect(try flood[limit - 1].request("GET", "/").text == "root")
            // Once one closes, the address may open another.
            flood.removeFirst()
            #expect(server.waitForConnections { $0.count == limit } != nil)
            #expect(try LiveTestClient(port: server.port).request("GET", "/").text == "root")
        }
    }

    @Test func atTheCapTheOldestIdleConnectionsMakeRoom() throws {
        // The clock moves a millisecond per connection, so they go idle in a known order, and
        // no timeout can be what frees the slot: only the sweep at the cap.
        let clock = TestServerClock()
        try withLiveServer(router: liveRouter, clock: clock, configure: { $0.maxConnections = 10 }) { server in
            var idle: [LiveTestClient] = []
            for _ in 0..<10 {
                let client = try LiveTestClient(port: server.port)
                #expect(try client.request("GET", "/").status == 200)
                idle.append(client)
                server.advance(clock, by: .milliseconds(1))
            }
            // Without eviction the newcomer would wait for the 60 s idle timeout.
            let newcomer = try LiveTestClient(port: server.port)
            #expect(server.sweep() != nil)
            #expect(try newcomer.request("GET", "/hello/neu").text == "Hallo neu")
            // The room between the cap and the crowded mark (80 %): the two oldest went.
            #expect(idle[0].waitForClose())
            #expect(idle[1].waitForClose())
            #expect(try idle[9].request("GET", "/").text == "root")
        }
    }
}
