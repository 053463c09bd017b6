import HTTPServer
import Testing

/// `--listen` values: what is read, and what is refused.
@Suite struct ListenAddressTests {
    @Test(arguments: [
        ("127.0.0.1:8080", ListenAddress.tcp(host: "127.0.0.1", port: 8080)),
        ("0.0.0.0:0", .tcp(host: "0.0.0.0", port: 0)),
        ("[::1]:8443", .tcp(host: "::1", port: 8443)),
        ("[::]:65535", .tcp(host: "::", port: 65535)),
        ("unix:/run/survey/http.sock", .unix(path: "/run/survey/http.sock")),
        ("unix:relative.sock", .unix(path: "relative.sock")),
    ])
    func readsEachForm(_ text: String, _ expected: ListenAddress) {
        #expect(ListenAddress(text) == expected)
        #expect(ListenAddress(text)?.description == text)
    }

    @Test(arguments: [
        "", "8080", "127.0.0.1", "127.0.0.1:", "localhost:8080", "127.0.0.1:65536", "127.0.0.1:-1", "127.0.0.1:80a",
        "::1:8080", "[127.0.0.1]:80", "[::1]", "[::1]:", "[::1:80", "unix:", "unix:/a\u{0}b",
        "unix:/" + String(repeating: "x", count: ListenAddress.longestSocketPath),
    ])
    func refusesWhatCannotBeBound(_ text: String) {
        #expect(ListenAddress(text) == nil)
    }

    @Test func theLongestSocketPathIsAccepted() {
        let path = "/" + String(repeating: "x", count: ListenAddress.longestSocketPath - 1)
        #expect(ListenAddress("unix:" + path) == .unix(path: path))
    }
}
