import Testing

@testable import HTTPServer

@Suite struct IPAddressTests {
    @Test(arguments: [
        ("192.0.2.1", "192.0.2.1"),
        ("::ffff:192.0.2.1", "192.0.2.1"),
        ("2001:DB8:0:0::1", "2001:db8::1"),
        ("::1", "::1"),
        ("::", "::"),
    ])
    func parsesAndPrints(_ text: String, _ printed: String) throws {
        #expect(try #require(IPAddress(text)).description == printed)
    }

    @Test(arguments: [
        "", "192.0.2", "192.0.2.1.5", "300.0.0.1", "192.0.2.1:80", "[::1]", "unknown", "1.2.3.4\0x", " 1.2.3.4",
    ])
    func rejectsWhatIsNotALiteral(_ text: String) {
        #expect(IPAddress(text) == nil)
    }

    @Test func mappedIPv4IsTheSameClient() {
        #expect(IPAddress("::ffff:10.0.0.1") == IPAddress("10.0.0.1"))
        #expect(IPAddress("::ffff:10.0.0.1")?.isIPv4 == true)
        #expect(IPAddress("::10.0.0.1")?.isIPv4 == false)
    }

    @Test(arguments: [
        ("192.0.2.77", 24, "192.0.2.0"),
        ("192.0.2.77", 0, "0.0.0.0"),
        ("192.0.2.77", 32, "192.0.2.77"),
        ("192.0.2.77", 99, "192.0.2.77"),
        ("2001:db8:1:2:3:4:5:6", 48, "2001:db8:1::"),
        ("2001:db8:1:2:3:4:5:6", 64, "2001:db8:1:2::"),
        ("2001:db8:1:2:3:4:5678:6", 100, "2001:db8:1:2:3:4:5000:0"),
        ("2001:db8:1:2:3:4:5:6", 128, "2001:db8:1:2:3:4:5:6"),
        ("2001:db8:1:2:3:4:5:6", -3, "::"),
    ])
    func networks(_ text: String, _ prefix: Int, _ network: String) {
        #expect(IPAddress(text)?.network(prefixLength: prefix).description == network)
    }

    @Test(arguments: [
        ("10.0.0.0/8", "10.255.1.2", true),
        ("10.1.2.3/8", "10.255.1.2", true),
        ("10.0.0.0/8", "11.0.0.1", false),
        ("192.0.2.1", "192.0.2.1", true),
        ("192.0.2.1", "192.0.2.2", false),
        ("0.0.0.0/0", "203.0.113.9", true),
        ("0.0.0.0/0", "2001:db8::1", false),
        ("::/0", "203.0.113.9", false),
        ("2001:db8::/32", "2001:db8:ffff::1", true),
        ("2001:db8::/32", "2001:db9::1", false),
        ("::1", "::1", true),
    ])
    func rangesContain(_ range: String, _ address: String, _ contained: Bool) throws {
        let range = try #require(AddressRange(range))
        #expect(range.contains(try #require(IPAddress(address))) == contained)
    }

    @Test(arguments: [
        "10.0.0.0/33", "10.0.0.0/", "10.0.0.0/-1", "10.0.0.0/+8", "::/129", "10.0.0.0/8/8", "host/8", "/8",
    ])
    func rejectsBadRanges(_ text: String) {
        #expect(AddressRange(text) == nil)
    }

    @Test func perClientKeysCountIPv6ByItsSlash64() throws {
        let first = try #require(IPAddress("2001:db8:1:2::1"))
        let second = try #require(IPAddress("2001:db8:1:2:ffff::9"))
        let neighbour = try #require(IPAddress("2001:db8:1:3::1"))
        #expect(ConnectionsPerClient.key(of: first) == ConnectionsPerClient.key(of: second))
        #expect(ConnectionsPerClient.key(of: first) != ConnectionsPerClient.key(of: neighbour))
        let v4 = try #require(IPAddress("192.0.2.1"))
        #expect(ConnectionsPerClient.key(of: v4) != ConnectionsPerClient.key(of: try #require(IPAddress("192.0.2.2"))))
    }

    @Test func perClientCountsAdmitUpToTheLimitAndForgetReleased() throws {
        var counts = ConnectionsPerClient(limit: 2)
        let client = try #require(IPAddress("192.0.2.1"))
        let other = try #require(IPAddress("192.0.2.2"))
        var admitted: [Bool] = []
        for _ in 0..<3 { admitted.append(counts.admit(client)) }
        admitted.append(counts.admit(other))
        counts.release(client)
        admitted.append(counts.admit(client))
        counts.release(other)
        counts.release(other)
        for _ in 0..<3 { admitted.append(counts.admit(other)) }
        #expect(admitted == [true, true, false, true, true, true, true, false])
    }
}
