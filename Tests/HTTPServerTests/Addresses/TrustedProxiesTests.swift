import HTTPServer
import Testing

@Suite struct TrustedProxiesTests {
    static let proxies = TrustedProxies(["10.0.0.0/8", "2001:db8:ffff::/48"].compactMap(AddressRange.init))

    struct Case: Sendable, CustomTestStringConvertible {
        let peer: String
        let forwardedFor: [String]
        let client: String
        var testDescription: String { "\(peer) with \(forwardedFor)" }
    }

    static let cases: [Case] = [
        // A client that is not a proxy is its own client, whatever it claims.
        Case(peer: "203.0.113.9", forwardedFor: ["198.51.100.1"], client: "203.0.113.9"),
        Case(peer: "10.0.0.1", forwardedFor: [], client: "10.0.0.1"),
        Case(peer: "10.0.0.1", forwardedFor: ["198.51.100.1"], client: "198.51.100.1"),
        // The client's own entries left of what the proxy appended are ignored.
        Case(peer: "10.0.0.1", forwardedFor: ["6.6.6.6, 198.51.100.1"], client: "198.51.100.1"),
        Case(peer: "10.0.0.1", forwardedFor: ["6.6.6.6", "198.51.100.1"], client: "198.51.100.1"),
        // A chain of trusted proxies is walked from the right.
        Case(peer: "10.0.0.1", forwardedFor: ["6.6.6.6, 198.51.100.1, 10.0.0.2"], client: "198.51.100.1"),
        Case(peer: "10.0.0.1", forwardedFor: ["10.0.0.3,10.0.0.2"], client: "10.0.0.3"),
        Case(peer: "10.0.0.1", forwardedFor: [" 2001:db8::7 "], client: "2001:db8::7"),
        Case(peer: "2001:db8:ffff::1", forwardedFor: ["192.0.2.4"], client: "192.0.2.4"),
        // What is not an address stops the walk at the proxy that passed it on.
        Case(peer: "10.0.0.1", forwardedFor: ["198.51.100.1, unknown"], client: "10.0.0.1"),
        Case(peer: "10.0.0.1", forwardedFor: ["198.51.100.1, garbage, 10.0.0.2"], client: "10.0.0.2"),
        Case(peer: "10.0.0.1", forwardedFor: ["198.51.100.1:4711"], client: "10.0.0.1"),
    ]

    @Test(arguments: cases)
    func resolvesTheClient(_ testCase: Case) throws {
        var headers = HTTPHeaders()
        for value in testCase.forwardedFor { headers.add("X-Forwarded-For", value) }
        let peer = try #require(IPAddress(testCase.peer))
        #expect(Self.proxies.client(peer: peer, headers: headers).description == testCase.client)
    }

    @Test func nobodyIsTrustedByDefault() throws {
        let peer = try #require(IPAddress("127.0.0.1"))
        let headers: HTTPHeaders = ["X-Forwarded-For": "198.51.100.1", "X-Forwarded-Proto": "https"]
        #expect(TrustedProxies().client(peer: peer, headers: headers) == peer)
        #expect(!TrustedProxies().isSecure(peer: peer, headers: headers))
    }

    @Test(arguments: [
        ("10.0.0.1", "https", true),
        ("10.0.0.1", "HTTPS", true),
        ("10.0.0.1", "https, http", true),
        ("10.0.0.1", "http", false),
        ("10.0.0.1", "http, https", false),
        ("203.0.113.9", "https", false),
    ])
    func believesTheSchemeOnlyFromAProxy(_ peer: String, _ proto: String, _ secure: Bool) throws {
        let headers: HTTPHeaders = ["X-Forwarded-Proto": proto]
        #expect(Self.proxies.isSecure(peer: try #require(IPAddress(peer)), headers: headers) == secure)
    }
}
