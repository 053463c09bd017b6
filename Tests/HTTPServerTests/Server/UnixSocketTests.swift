import Glibc
import HTTPServer
import HTTPServerTesting
import Testing

/// Listening on Unix sockets and on several addresses at once, over real sockets.
@Suite(.serialized) struct UnixSocketTests {
    /// A fresh directory for socket files; short, since a socket path has at most 107 bytes.
    static func makeFolder() -> String {
        var template = Array("/tmp/listen-XXXXXX".utf8CString)
        return template.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.flatMap { mkdtemp($0) }.map { String(cString: $0) } ?? "/tmp"
        }
    }

    static func mode(of path: String) -> mode_t? {
        var status = stat()
        guard lstat(path, &status) == 0 else { return nil }
        return status.st_mode
    }

    static func start(_ addresses: [ListenAddress]) throws -> HTTPServer {
        var configuration = ServerConfiguration.loopbackTesting
        configuration.listen = addresses
        configuration.trustedProxies = TrustedProxies()
        let server = HTTPServer(configuration: configuration, router: LiveServerTests.whoRouter())
        try server.start()
        return server
    }

    @Test func servesOnAUnixSocketAndATCPPortAtOnce() throws {
        let path = Self.makeFolder() + "/http.sock"
        let server = try Self.start([.unix(path: path), .tcp(host: "127.0.0.1", port: 0), .tcp(host: "::1", port: 0)])
        defer { server.shutdown(gracePeriod: .seconds(2)) }
        #expect(server.listening.count == 3)
        guard case .tcp(_, let v6Port) = server.listening[2] else {
            Issue.record("\(server.listening)")
            return
        }
        #expect(try LiveTestClient(unixSocket: path).request("GET", "/who").text == ":: :: false")
        #expect(try LiveTestClient(port: server.port).request("GET", "/who").text == "127.0.0.1 127.0.0.1 false")
        #expect(try LiveTestClient(host: "::1", port: v6Port).request("GET", "/who").text == "::1 ::1 false")
    }

    @Test func theSocketFileAdmitsOwnerAndGroupOnly() throws {
        let path = Self.makeFolder() + "/http.sock"
        let server = try Self.start([.unix(path: path)])
        defer { server.shutdown(gracePeriod: .seconds(2)) }
        let mode = try #require(Self.mode(of: path))
        #expect(mode & S_IFMT == S_IFSOCK)
        #expect(mode & 0o777 == 0o660)
    }

    @Test func thePeerOnAUnixSocketIsTheProxyInFront() throws {
        let path = Self.makeFolder() + "/http.sock"
        let server = try Self.start([.unix(path: path), .tcp(host: "127.0.0.1", port: 0)])
        defer { server.shutdown(gracePeriod: .seconds(2)) }
        let proxy = try LiveTestClient(unixSocket: path)
        let forwarded = try proxy.request("GET", "/who", headers: LiveServerTests.forwarded).text
        #expect(forwarded == "198.51.100.7 :: true")
        // On TCP, with no trusted proxy configured, the same headers are ignored.
        let direct = try LiveTestClient(port: server.port).request("GET", "/who", headers: LiveServerTests.forwarded)
        #expect(direct.text == "127.0.0.1 127.0.0.1 false")
    }

    @Test func theSocketFileIsRemovedOnShutdown() throws {
        let path = Self.makeFolder() + "/http.sock"
        let server = try Self.start([.unix(path: path)])
        #expect(Self.mode(of: path) != nil)
        server.shutdown(gracePeriod: .seconds(2))
        #expect(Self.mode(of: path) == nil)
    }

    @Test func anOldServerStoppingLeavesANewerOnesSocket() throws {
        let path = Self.makeFolder() + "/http.sock"
        let old = try Self.start([.unix(path: path)])
        // Someone removed the old server's file and a newer server took the path.
        unlink(path)
        let newer = try Self.start([.unix(path: path)])
        defer { newer.shutdown(gracePeriod: .seconds(2)) }
        old.shutdown(gracePeriod: .seconds(2))
        #expect(try LiveTestClient(unixSocket: path).request("GET", "/who").status == 200)
    }

    @Test func aStaleSocketFileIsReplaced() throws {
        let path = Self.makeFolder() + "/http.sock"
        // A socket bound and closed without removing its file, as a killed server leaves it.
        let stale = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        #expect(UnixSocketAddress.with(path: path, { bind(stale, $0, $1) }) == 0)
        close(stale)
        #expect(Self.mode(of: path).map { $0 & S_IFMT } == S_IFSOCK)
        let server = try Self.start([.unix(path: path)])
        defer { server.shutdown(gracePeriod: .seconds(2)) }
        #expect(try LiveTestClient(unixSocket: path).request("GET", "/who").status == 200)
    }

    @Test func aLiveSocketIsNotTakenOver() throws {
        let path = Self.makeFolder() + "/http.sock"
        let first = try Self.start([.unix(path: path)])
        defer { first.shutdown(gracePeriod: .seconds(2)) }
        #expect(throws: ServerError.socketInUse(path)) { try Self.start([.unix(path: path)]) }
        // The refused server left the first one's socket in place.
        #expect(try LiveTestClient(unixSocket: path).request("GET", "/who").status == 200)
    }

    @Test func anotherKindOfFileIsLeftAlone() throws {
        let path = Self.makeFolder() + "/http.sock"
        let fd = open(path, O_WRONLY | O_CREAT, 0o644)
        close(fd)
        #expect(throws: ServerError.notASocket(path)) { try Self.start([.unix(path: path)]) }
        #expect(Self.mode(of: path).map { $0 & S_IFMT } == S_IFREG)
    }

    @Test func aFailedStartReleasesWhatItBound() throws {
        let path = Self.makeFolder() + "/http.sock"
        let blocker = try Self.start([.tcp(host: "127.0.0.1", port: 0)])
        defer { blocker.shutdown(gracePeriod: .seconds(2)) }
        #expect(throws: ServerError.addressInUse(host: "127.0.0.1", port: blocker.port)) {
            try Self.start([.unix(path: path), .tcp(host: "127.0.0.1", port: blocker.port)])
        }
        #expect(Self.mode(of: path) == nil)
    }

    @Test func aMissingFolderIsNamed() throws {
        let path = Self.makeFolder() + "/missing/http.sock"
        #expect(throws: ServerError.socketFile(path: path, call: "bind", errno: ENOENT)) {
            try Self.start([.unix(path: path)])
        }
        #expect(ServerError.socketFile(path: path, call: "bind", errno: ENOENT).description.contains(path))
    }
}
