@testable import HTTPServer

/// One request as the parser delivered it.
struct ParsedRequest: Equatable {
    var head: HTTPRequestHead
    var body: [UInt8]
}

/// Everything the parser produced for an input: requests, then maybe an error.
struct ParseOutcome: Equatable {
    var requests: [ParsedRequest] = []
    var error: HTTPParseError?
    /// Whether the parser ended between requests (nothing left half-read).
    var idle = false
}

/// Feeds `bytes` to a fresh parser in pieces of `pieceSize` bytes.
func parseAll(_ bytes: [UInt8], pieceSize: Int, limits: HTTPRequestParser.Limits = .init()) -> ParseOutcome {
    var parser = HTTPRequestParser(limits: limits)
    var outcome = ParseOutcome()
    var current: ParsedRequest?
    var start = 0
    repeat {
        let end = min(start + max(pieceSize, 1), bytes.count)
        let piece = Array(bytes[start..<end])
        start = end
        var offset = 0
        let isLast = start == bytes.count
        while true {
            let result: (consumed: Int, event: HTTPRequestParser.Event?)
            do {
                result = try piece.withUnsafeBytes { buffer in
                    try parser.parse(UnsafeRawBufferPointer(rebasing: buffer[offset...]))
                }
            } catch {
                outcome.error = error as? HTTPParseError
                return outcome
            }
            switch result.event {
            case .head(let head): current = ParsedRequest(head: head, body: [])
            case .body(let range):
                current?.body += piece[(offset + range.lowerBound)..<(offset + range.upperBound)]
            case .end:
                if let current { outcome.requests.append(current) }
                current = nil
            case nil: break
            }
            offset += result.consumed
            if result.event == nil && (offset == piece.count || result.consumed == 0) { break }
        }
        if isLast { break }
    } while true
    outcome.idle = parser.isIdle
    return outcome
}

/// Turns test text into bytes, one byte per scalar, so `\u{FF}` stands for the byte 0xFF.
func bytes(_ text: String) -> [UInt8] {
    text.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }
}
