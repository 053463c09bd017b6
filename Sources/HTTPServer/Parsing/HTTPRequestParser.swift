/// An incremental HTTP/1.x request parser that looks at every byte once.
///
/// Feed it whatever bytes arrived; it returns how many it consumed and, when
/// one is complete, an event: a head, a piece of body, or the end of a request.
/// It never splits strings and never needs the whole message in one buffer, so
/// a client sending one byte per second costs one state step per byte. After an
/// error the parser stays failed: framing errors poison the connection.
public struct HTTPRequestParser: Sendable {
    /// Size limits; the defaults follow common practice for public servers.
    public struct Limits: Sendable, Equatable {
        /// The longest request line, CRLF included (414 beyond).
        public var requestLine = 8 * 1024
        /// The largest header section, field lines and CRLFs included (431 beyond).
        public var headerSection = 32 * 1024
        /// The most header fields (431 beyond).
        public var headerFields = 100
        /// The largest body (413 beyond); the server may lower or raise it per route.
        public var body = 1024 * 1024
        /// The longest extension on a single chunk-size line.
        public var chunkExtension = 1024

        /// The defaults.
        public init() {}
    }

    /// What the parser found.
    public enum Event: Equatable, Sendable {
        /// A complete, validated head.
        case head(HTTPRequestHead)
        /// Body bytes at these offsets of the buffer just passed in.
        case body(Range<Int>)
        /// The request is complete; the next byte starts a new request.
        case end
    }

    private enum State: Sendable {
        case requestStart, requestStartLF
        case method, target, version, requestLineLF
        case fieldStart, fieldName, valueStart, value, valueLF, headEndLF
        case lengthBody(remaining: Int)
        case chunkSizeStart, chunkSize, chunkExtension, chunkSizeLF
        case chunkData(remaining: Int)
        case chunkDataCR, chunkDataLF
        case endPending
        case failed(HTTPParseError)
    }

    /// The limits in force.
    public var limits: Limits
    /// The body limit for the current request; the server may change it after the head.
    public var bodyLimit: Int

    private var state: State = .requestStart
    private var scratch: [UInt8] = []
    private var method = ""
    private var target = ""
    private var minorVersion = 1
    private var fields: [(name: String, value: String)] = []
    private var fieldName = ""
    private var lineBytes = 0
    private var headerBytes = 0
    private var inTrailer = false
    private var chunkSizeValue = 0
    private var bodyBytes = 0

    /// Creates a parser waiting for a request line.
    public init(limits: Limits = Limits()) {
        self.limits = limits
        self.bodyLimit = limits.body
        scratch.reserveCapacity(256)
    }

    /// Whether the parser is between requests (nothing of a new one seen yet).
    public var isIdle: Bool {
        if case .requestStart = state { return true }
        return false
    }

    /// Parses from the start of `buffer` until an event or the end of the buffer.
    ///
    /// - Returns: the number of bytes consumed and the event, if one completed.
    /// - Throws: `HTTPParseError` when the bytes break the grammar or a limit.
    public mutating func parse(_ buffer: UnsafeRawBufferPointer) throws(HTTPParseError) -> (
        consumed: Int, event: Event?
    ) {
        if case .failed(let error) = state { throw error }
        do {
            return try step(buffer)
        } catch {
            state = .failed(error)
            throw error
        }
    }

    private mutating func step(_ buffer: UnsafeRawBufferPointer) throws(HTTPParseError) -> (
        consumed: Int, event: Event?
    ) {
        var index = 0
        let count = buffer.count
        while true {
            switch state {
            case .lengthBody(let remaining):
                if remaining == 0 {
                    state = .endPending
                    continue
                }
                guard index < count else { return (index, nil) }
                let take = min(remaining, count - index)
                state = .lengthBody(remaining: remaining - take)
                return (index + take, .body(index..<index + take))
            case .chunkData(let remaining):
                if remaining == 0 {
                    state = .chunkDataCR
                    continue
                }
                guard index < count else { return (index, nil) }
                let take = min(remaining, count - index)
                state = .chunkData(remaining: remaining - take)
                return (index + take, .body(index..<index + take))
            case .endPending:
                resetForNextRequest()
                return (index, .end)
            case .failed(let error):
                throw error
            default:
                break
            }
            guard index < count else { return (index, nil) }
            let byte = buffer[index]
            index += 1
            if let event = try consume(byte) {
                return (index, event)
            }
        }
    }

    // The per-byte state machine for everything except body data.
    // swiftlint:disable:next cyclomatic_complexity function_body_length
    private mutating func consume(_ byte: UInt8) throws(HTTPParseError) -> Event? {
        switch state {
        case .requestStart:
            // RFC 9112 §2.2: ignore empty lines before the request line.
            try countRequestLineByte()
            if byte == ASCII.cr {
                state = .requestStartLF
            } else if ASCII.isTokenByte[Int(byte)] {
                scratch.append(byte)
                state = .method
            } else if byte == ASCII.lf {
                throw .invalidLineEnding
            } else {
                throw .invalidMethod
            }
        case .requestStartLF:
            try countRequestLineByte()
            guard byte == ASCII.lf else { throw .invalidLineEnding }
            lineBytes = 0
            state = .requestStart
        case .method:
            try countRequestLineByte()
            if ASCII.isTokenByte[Int(byte)] {
                scratch.append(byte)
            } else if byte == ASCII.space {
                method = String(decoding: scratch, as: UTF8.self)
                scratch.removeAll(keepingCapacity: true)
                state = .target
            } else {
                throw .invalidMethod
            }
        case .target:
            try countRequestLineByte()
            if ASCII.isTargetByte[Int(byte)] {
                scratch.append(byte)
            } else if byte == ASCII.space, !scratch.isEmpty {
                target = String(decoding: scratch, as: UTF8.self)
                scratch.removeAll(keepingCapacity: true)
                state = .version
            } else {
                throw .invalidTarget
            }
        case .version:
            try countRequestLineByte()
            if byte == ASCII.cr {
                minorVersion = try Self.parseVersion(scratch)
                scratch.removeAll(keepingCapacity: true)
                state = .requestLineLF
            } else if scratch.count < 8 {
                scratch.append(byte)
            } else {
                throw .invalidVersion
            }
        case .requestLineLF:
            guard byte == ASCII.lf else { throw .invalidLineEnding }
            state = .fieldStart
        case .fieldStart:
            try countHeaderByte()
            if byte == ASCII.cr {
                state = .headEndLF
            } else if ASCII.isTokenByte[Int(byte)] {
                let limit = limits.headerFields
                guard fields.count < limit else { throw .tooManyHeaderFields }
                scratch.append(byte)
                state = .fieldName
            } else if byte == ASCII.space || byte == ASCII.tab {
                throw .obsoleteLineFolding
            } else if byte == ASCII.lf {
                throw .invalidLineEnding
            } else {
                throw .invalidHeaderName
            }
        case .fieldName:
            try countHeaderByte()
            if ASCII.isTokenByte[Int(byte)] {
                scratch.append(byte)
            } else if byte == ASCII.colon {
                fieldName = String(decoding: scratch, as: UTF8.self)
                scratch.removeAll(keepingCapacity: true)
                state = .valueStart
            } else if byte == ASCII.space || byte == ASCII.tab {
                throw .whitespaceBeforeColon
            } else {
                throw .invalidHeaderName
            }
        case .valueStart:
            try countHeaderByte()
            if byte == ASCII.space || byte == ASCII.tab {
                break
            } else if byte == ASCII.cr {
                state = .valueLF
            } else if ASCII.isFieldValueByte[Int(byte)] {
                scratch.append(byte)
                state = .value
            } else if byte == ASCII.lf {
                throw .invalidLineEnding
            } else {
                throw .invalidHeaderValue
            }
        case .value:
            try countHeaderByte()
            if ASCII.isFieldValueByte[Int(byte)] {
                scratch.append(byte)
            } else if byte == ASCII.cr {
                state = .valueLF
            } else if byte == ASCII.lf {
                throw .invalidLineEnding
            } else {
                throw .invalidHeaderValue
            }
        case .valueLF:
            try countHeaderByte()
            guard byte == ASCII.lf else { throw .invalidLineEnding }
            while let last = scratch.last, last == ASCII.space || last == ASCII.tab {
                scratch.removeLast()
            }
            if !inTrailer {
                fields.append((name: fieldName, value: String(decoding: scratch, as: UTF8.self)))
            }
            scratch.removeAll(keepingCapacity: true)
            state = .fieldStart
        case .headEndLF:
            try countHeaderByte()
            guard byte == ASCII.lf else { throw .invalidLineEnding }
            if inTrailer {
                state = .endPending
                return nil
            }
            let head = try makeHead()
            switch head.bodyFraming {
            case .none: state = .endPending
            case .length(let length): state = .lengthBody(remaining: length)
            case .chunked: state = .chunkSizeStart
            }
            return .head(head)
        case .chunkSizeStart:
            guard let digit = ASCII.hexValue(byte) else { throw .invalidChunkSize }
            chunkSizeValue = digit
            state = .chunkSize
        case .chunkSize:
            if let digit = ASCII.hexValue(byte) {
                guard chunkSizeValue <= (Int.max - digit) >> 4 else { throw .invalidChunkSize }
                chunkSizeValue = chunkSizeValue << 4 + digit
            } else if byte == ASCII.semicolon {
                state = .chunkExtension
            } else if byte == ASCII.cr {
                state = .chunkSizeLF
            } else {
                throw .invalidChunkSize
            }
        case .chunkExtension:
            if byte == ASCII.cr {
                guard ChunkExtension.isValid(scratch) else { throw .invalidChunkExtension }
                scratch.removeAll(keepingCapacity: true)
                state = .chunkSizeLF
            } else if ASCII.isFieldValueByte[Int(byte)] {
                guard scratch.count < limits.chunkExtension else { throw .invalidChunkExtension }
                scratch.append(byte)
            } else {
                throw byte == ASCII.lf ? .invalidLineEnding : .invalidChunkExtension
            }
        case .chunkSizeLF:
            guard byte == ASCII.lf else { throw .invalidLineEnding }
            if chunkSizeValue == 0 {
                inTrailer = true
                state = .fieldStart
            } else {
                guard chunkSizeValue <= bodyLimit - bodyBytes else { throw .bodyTooLarge }
                bodyBytes += chunkSizeValue
                state = .chunkData(remaining: chunkSizeValue)
            }
        case .chunkDataCR:
            guard byte == ASCII.cr else { throw .invalidChunkTerminator }
            state = .chunkDataLF
        case .chunkDataLF:
            guard byte == ASCII.lf else { throw .invalidChunkTerminator }
            state = .chunkSizeStart
        case .lengthBody, .chunkData, .endPending, .failed:
            preconditionFailure("body and terminal states are handled in step(_:)")
        }
        return nil
    }

    @inline(__always)
    private mutating func countRequestLineByte() throws(HTTPParseError) {
        lineBytes += 1
        if lineBytes > limits.requestLine { throw .requestLineTooLong }
    }

    @inline(__always)
    private mutating func countHeaderByte() throws(HTTPParseError) {
        headerBytes += 1
        if headerBytes > limits.headerSection { throw .headerSectionTooLarge }
    }

    private mutating func resetForNextRequest() {
        state = .requestStart
        scratch.removeAll(keepingCapacity: true)
        fields.removeAll(keepingCapacity: true)
        lineBytes = 0
        headerBytes = 0
        inTrailer = false
        bodyBytes = 0
        bodyLimit = limits.body
    }

    /// Reads `HTTP/<digit>.<digit>` and returns the minor version of 1.0 or 1.1.
    private static func parseVersion(_ bytes: [UInt8]) throws(HTTPParseError) -> Int {
        guard bytes.count == 8, bytes.starts(with: "HTTP/".utf8),
            let major = ASCII.decimalValue(bytes[5]), bytes[6] == UInt8(ascii: "."),
            let minor = ASCII.decimalValue(bytes[7])
        else { throw .invalidVersion }
        guard major == 1, minor <= 1 else { throw .unsupportedVersion }
        return minor
    }

    /// Validates the collected request line and fields and decides the framing.
    private func makeHead() throws(HTTPParseError) -> HTTPRequestHead {
        try Self.validateTarget(target, method: method)
        var hostCount = 0
        var contentLength: Int?
        var transferEncoding: String?
        var closeRequested = false
        var keepAliveRequested = false
        var expectsContinue = false
        for field in fields {
            let name = field.name.utf8
            if ASCII.equalsIgnoringCase(name, "host") {
                hostCount += 1
            } else if ASCII.equalsIgnoringCase(name, "content-length") {
                guard contentLength == nil else { throw .duplicateContentLength }
                contentLength = try Self.parseContentLength(field.value)
            } else if ASCII.equalsIgnoringCase(name, "transfer-encoding") {
                guard transferEncoding == nil else { throw .invalidTransferEncoding }
                transferEncoding = field.value
            } else if ASCII.equalsIgnoringCase(name, "connection") {
                for option in field.value.utf8.split(separator: UInt8(ascii: ",")) {
                    let token = ASCII.trimmed(option)
                    if ASCII.equalsIgnoringCase(token, "close") { closeRequested = true }
                    if ASCII.equalsIgnoringCase(token, "keep-alive") { keepAliveRequested = true }
                }
            } else if ASCII.equalsIgnoringCase(name, "expect") {
                guard ASCII.equalsIgnoringCase(field.value.utf8, "100-continue") else {
                    throw .unsupportedExpectation
                }
                expectsContinue = minorVersion >= 1
            }
        }
        if minorVersion >= 1 {
            guard hostCount > 0 else { throw .missingHost }
        }
        guard hostCount <= 1 else { throw .duplicateHost }

        var framing = HTTPRequestHead.BodyFraming.none
        if let transferEncoding {
            guard contentLength == nil else { throw .contentLengthWithTransferEncoding }
            guard minorVersion >= 1 else { throw .invalidTransferEncoding }
            try Self.validateTransferEncoding(transferEncoding)
            framing = .chunked
        } else if let contentLength {
            guard contentLength <= bodyLimit else { throw .bodyTooLarge }
            if contentLength > 0 { framing = .length(contentLength) }
        }
        return HTTPRequestHead(
            method: method,
            target: target,
            minorVersion: minorVersion,
            headers: HTTPHeaders(fields: fields),
            keepAlive: minorVersion >= 1 ? !closeRequested : keepAliveRequested && !closeRequested,
            expectsContinue: expectsContinue && framing != .none,
            bodyFraming: framing
        )
    }

    /// Accepts origin form, absolute form (http/https) and `*` for OPTIONS.
    private static func validateTarget(_ target: String, method: String) throws(HTTPParseError) {
        let bytes = target.utf8
        if bytes.first == UInt8(ascii: "/") { return }
        if target == "*" && method == "OPTIONS" { return }
        let lowered = bytes.prefix(8).map(ASCII.lower)
        if lowered.starts(with: "http://".utf8) || lowered.starts(with: "https://".utf8) { return }
        throw .invalidTarget
    }

    /// Reads a length as plain digits: no sign, no spaces, no list, no overflow.
    static func parseContentLength(_ value: String) throws(HTTPParseError) -> Int {
        var result = 0
        var digits = 0
        for byte in value.utf8 {
            guard let digit = ASCII.decimalValue(byte) else {
                throw byte == UInt8(ascii: ",") ? .duplicateContentLength : .invalidContentLength
            }
            let (shifted, overflow1) = result.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = shifted.addingReportingOverflow(digit)
            guard !overflow1, !overflow2 else { throw .invalidContentLength }
            result = sum
            digits += 1
        }
        guard digits > 0 else { throw .invalidContentLength }
        return result
    }

    /// Accepts exactly `chunked`; a well-formed list with other codings is 501, anything else 400.
    static func validateTransferEncoding(_ value: String) throws(HTTPParseError) {
        typealias C = String.UTF8View.SubSequence
        let codings = value.utf8.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false)
            .map { ASCII.trimmed($0) }
        for coding in codings {
            guard !coding.isEmpty, coding.allSatisfy({ ASCII.isTokenByte[Int($0)] }) else {
                throw .invalidTransferEncoding
            }
        }
        let isChunked = { (coding: C.SubSequence) in ASCII.equalsIgnoringCase(coding, "chunked") }
        if codings.count == 1, let only = codings.first, isChunked(only) { return }
        // RFC 9112 §6.3: chunked anywhere but last leaves the length unknowable.
        if codings.dropLast().contains(where: isChunked) { throw .invalidTransferEncoding }
        throw .unsupportedTransferCoding
    }
}
