/// Serialises status line and header fields into bytes, with the framing
/// fields the server owns (`Date`, `Content-Length`, `Connection`).
struct ResponseHead {
    private var cachedSecond = -1
    private var dateLine: [UInt8] = []

    /// The head bytes for `response`.
    /// - Parameters:
    ///   - bodyLength: the length announced; for HEAD, the length GET would send.
    ///   - close: whether to announce `Connection: close`.
    ///   - minorVersion: the request's version, for HTTP/1.0 keep-alive.
    mutating func bytes(
        for response: HTTPResponse, bodyLength: Int, close: Bool, minorVersion: Int, now: Int
    ) -> [UInt8] {
        if now != cachedSecond {
            cachedSecond = now
            dateLine = Array("Date: \(HTTPDate.imfFixdate(now))\r\n".utf8)
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(128 + response.headers.count * 48)
        bytes += "HTTP/1.1 ".utf8
        bytes += String(response.status.code).utf8
        bytes.append(ASCII.space)
        bytes += response.status.reasonPhrase.utf8
        bytes += "\r\n".utf8
        bytes += dateLine
        for (name, value) in response.headers {
            if HTTPHeaders.namesMatch(name, "Content-Length") || HTTPHeaders.namesMatch(name, "Transfer-Encoding")
                || HTTPHeaders.namesMatch(name, "Connection") || HTTPHeaders.namesMatch(name, "Date")
            {
                continue
            }
            // A handler's CR or LF must never split the head (response splitting).
            guard Self.isSafe(name, value) else { continue }
            bytes += name.utf8
            bytes += ": ".utf8
            bytes += value.utf8
            bytes += "\r\n".utf8
        }
        if !response.statusForbidsBody {
            bytes += "Content-Length: ".utf8
            bytes += String(bodyLength).utf8
            bytes += "\r\n".utf8
        }
        if close {
            bytes += "Connection: close\r\n".utf8
        } else if minorVersion == 0 {
            bytes += "Connection: keep-alive\r\n".utf8
        }
        bytes += "\r\n".utf8
        return bytes
    }

    private static func isSafe(_ name: String, _ value: String) -> Bool {
        !name.isEmpty && name.utf8.allSatisfy { ASCII.isTokenByte[Int($0)] }
            && value.utf8.allSatisfy { ASCII.isFieldValueByte[Int($0)] }
    }
}
