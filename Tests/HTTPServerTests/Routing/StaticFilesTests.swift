import Glibc
import HTTPServerTesting
import Testing

@testable import HTTPServer

/// Static files: types, validators, and no way out of the root.
@Suite struct StaticFilesTests {
    /// A fresh directory with `site/style.css`, `site/.secret`, a link out, and `outside.txt` beside it.
    static func makeSite() -> String {
        var template = Array("/tmp/static-files-XXXXXX".utf8CString)
        let base = template.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.flatMap { mkdtemp($0) }.map { String(cString: $0) } ?? "/tmp"
        }
        mkdir(base + "/site", 0o755)
        mkdir(base + "/site/css", 0o755)
        write(base + "/site/css/style.css", "body{}")
        write(base + "/site/.secret", "hidden")
        write(base + "/outside.txt", "outside")
        symlink(base + "/outside.txt", base + "/site/link.txt")
        return base
    }

    static func write(_ path: String, _ text: String) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        _ = text.utf8CString.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count - 1) }
        close(fd)
    }

    @Test func servesFilesWithValidators() async throws {
        let base = Self.makeSite()
        let files = try #require(StaticFiles(root: base + "/site"))
        var router = Router()
        router.serveFiles(at: "/static", from: files)
        let client = RouterTestClient(router: router)

        let response = try await client.get("/static/css/style.css")
        #expect(response.status == .ok)
        #expect(response.body == Array("body{}".utf8))
        #expect(response.headers["Content-Type"] == "text/css; charset=utf-8")
        let etag = try #require(response.headers["ETag"])
        let modified = try #require(response.headers["Last-Modified"])

        #expect(try await client.get("/static/css/style.css", headers: ["If-None-Match": etag]).status == .notModified)
        #expect(
            try await client.get("/static/css/style.css", headers: ["If-None-Match": "\"other\", \(etag)"]).status
                == .notModified)
        #expect(try await client.get("/static/css/style.css", headers: ["If-None-Match": "\"other\""]).status == .ok)
        #expect(
            try await client.get("/static/css/style.css", headers: ["If-Modified-Since": modified]).status
                == .notModified)
        #expect(
            try await client.get(
                "/static/css/style.css", headers: ["If-Modified-Since": "Thu, 01 Jan 1970 00:00:00 GMT"]
            ).status == .ok)
    }

    @Test(
        "no traversal",
        arguments: [
            "/static/../outside.txt", "/static/css/../../outside.txt", "/static/%2E%2E/outside.txt",
            "/static/css%2F..%2F..%2Foutside.txt", "/static/.secret", "/static/link.txt", "/static/css",
            "/static/css/", "/static/nothing.css", "/static/css/style.css%00", "/static/%ZZ",
        ])
    func noTraversal(_ target: String) async throws {
        let base = Self.makeSite()
        let files = try #require(StaticFiles(root: base + "/site"))
        var router = Router()
        router.serveFiles(at: "/static", from: files)
        let response = try await RouterTestClient(router: router).get(target)
        #expect(response.status == .notFound)
    }

    @Test func contentTypes() {
        #expect(StaticFiles.contentType(for: "/a/b.SVG") == "image/svg+xml")
        #expect(StaticFiles.contentType(for: "/a/report.html") == "text/html; charset=utf-8")
        #expect(StaticFiles.contentType(for: "/a/README") == "application/octet-stream")
    }
}
