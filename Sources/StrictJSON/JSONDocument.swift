import Synchronization

/// A parsed JSON text: its bytes and a flat tape of every value in it.
///
/// Values are read through `JSONValue` cursors; strings and numbers are
/// decoded only when asked for, so parsing a large log line stays cheap.
public final class JSONDocument: Sendable {
    let bytes: [UInt8]
    let tape: [TapeEntry]
    /// Built on the first position asked for; most documents never need one.
    private let cachedLocator = Mutex<SourceLocator?>(nil)

    /// Parses `bytes` as one strict RFC 8259 JSON text.
    ///
    /// - Throws: `JSONSyntaxError` with the byte offset of the first problem.
    public init(parsing bytes: [UInt8]) throws(JSONSyntaxError) {
        self.bytes = bytes
        tape = try bytes.withUnsafeBufferPointer { (buffer) throws(JSONSyntaxError) -> [TapeEntry] in
            var parser = JSONParser(bytes: buffer)
            try parser.parseDocument()
            return parser.tape
        }
    }

    /// Parses the UTF-8 encoding of `text`.
    public convenience init(parsing text: String) throws(JSONSyntaxError) {
        try self.init(parsing: Array(text.utf8))
    }

    /// The top-level value.
    public var root: JSONValue { JSONValue(document: self, index: 0) }

    /// A locator for turning offsets of this document into line and column.
    public var locator: SourceLocator {
        cachedLocator.withLock { cached in
            if let cached { return cached }
            let locator = SourceLocator(bytes)
            cached = locator
            return locator
        }
    }

    /// The line and column of the byte at `offset`.
    public func location(ofOffset offset: Int) -> SourceLocation {
        locator.location(ofOffset: offset)
    }

    /// The text of a 1-based line, for excerpts under a diagnostic.
    public func lineText(_ line: Int) -> String {
        locator.lineText(line)
    }
}
