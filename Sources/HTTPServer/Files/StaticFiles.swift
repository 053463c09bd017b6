import CSystem
import Glibc

/// Serves files below one directory, with validators and without traversal.
///
/// Each path segment is percent-decoded on its own and refused if it is empty,
/// `.`/`..`, hidden, or holds a separator or NUL; the resolved real path must
/// still lie below the root, so symbolic links cannot lead out either.
public struct StaticFiles: Sendable {
    /// The resolved root directory.
    public let root: String
    /// The `Cache-Control` value sent with files, if any.
    public var cacheControl: String?
    /// Files larger than this are not served (they would be read into memory whole).
    public var maximumFileSize = 16 * 1024 * 1024

    /// Creates a file server for `root`; nil when the directory does not exist.
    public init?(root: String, cacheControl: String? = nil) {
        guard let resolved = Self.realPath(root) else { return nil }
        self.root = resolved
        self.cacheControl = cacheControl
    }

    /// The response for a still percent-encoded path below the root (as bound by a `*name` route).
    public func response(for request: HTTPRequest, encodedPath: String) -> HTTPResponse {
        let notFound = HTTPResponse.text("Not Found\n", status: .notFound)
        var segments: [String] = []
        for part in encodedPath.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false) {
            guard let segment = try? PercentDecoding.decode(Array(part)[...], plusAsSpace: false),
                !segment.isEmpty, !segment.hasPrefix("."), !segment.contains("/"), !segment.contains("\0"),
                !segment.contains("\\")
            else { return notFound }
            segments.append(segment)
        }
        guard !segments.isEmpty, let path = Self.realPath(root + "/" + segments.joined(separator: "/")),
            path.hasPrefix(root + "/")
        else { return notFound }

        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) <= maximumFileSize else {
            return notFound
        }
        let modified = Int(info.st_mtim.tv_sec)
        let etag =
            "\"\(String(info.st_size, radix: 16))-\(String(modified, radix: 16))-\(String(info.st_mtim.tv_nsec, radix: 16))\""
        var headers: HTTPHeaders = ["ETag": etag, "Last-Modified": HTTPDate.imfFixdate(modified)]
        if let cacheControl { headers.add("Cache-Control", cacheControl) }

        if let match = request.headers["If-None-Match"] {
            let tags = match.split(separator: ",").map { $0.trimmingCharacters(in: " \t") }
            if tags.contains("*") || tags.contains(etag) || tags.contains("W/" + etag) {
                return HTTPResponse(status: .notModified, headers: headers)
            }
        } else if let since = request.headers["If-Modified-Since"].flatMap(HTTPDate.parse), modified <= since {
            return HTTPResponse(status: .notModified, headers: headers)
        }
        guard let body = Self.read(path, size: Int(info.st_size)) else { return notFound }
        headers.add("Content-Type", Self.contentType(for: path))
        headers.add("X-Content-Type-Options", "nosniff")
        return HTTPResponse(status: .ok, headers: headers, body: body)
    }

    /// The media type for a file name's extension.
    static func contentType(for path: String) -> String {
        let name = path.split(separator: "/").last ?? ""
        let ext = name.contains(".") ? String(name.split(separator: ".").last ?? "").lowercased() : ""
        return switch ext {
        case "html", "htm": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "js", "mjs": "text/javascript; charset=utf-8"
        case "json", "map": "application/json"
        case "txt": "text/plain; charset=utf-8"
        case "csv": "text/csv; charset=utf-8"
        case "xml": "application/xml"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "gif": "image/gif"
        case "webp": "image/webp"
        case "ico": "image/x-icon"
        case "pdf": "application/pdf"
        case "woff": "font/woff"
        case "woff2": "font/woff2"
        default: "application/octet-stream"
        }
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func read(_ path: String, size: Int) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var bytes = [UInt8](repeating: 0, count: size)
        var offset = 0
        while offset < size {
            let count = bytes.withUnsafeMutableBytes { raw in
                Glibc.read(fd, raw.baseAddress.map { $0 + offset }, size - offset)
            }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return nil }
            offset += count
        }
        return bytes
    }
}

extension Router {
    /// Serves `files` below `prefix` (for example `/static`) for GET and HEAD.
    public mutating func serveFiles(at prefix: String, from files: StaticFiles) {
        let pattern = (prefix.hasSuffix("/") ? prefix : prefix + "/") + "*file"
        get(pattern) { request in files.response(for: request, encodedPath: request.parameters["file"] ?? "") }
    }
}
