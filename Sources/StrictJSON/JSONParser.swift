/// The strict RFC 8259 parser that fills a document's tape.
///
/// Recursive descent over raw bytes; nesting is limited, so recursion depth
/// is bounded whatever the input.
struct JSONParser: ~Copyable {
    static let maximumDepth = 512

    private let bytes: UnsafeBufferPointer<UInt8>
    private var position: Int
    private(set) var tape: [TapeEntry] = []
    /// Hash and tape index of each key of the objects being parsed, innermost last.
    private var keyStack: [(hash: UInt64, tapeIndex: Int)] = []
    /// Problems the parser could step over (trailing commas), in the order found.
    private var recovered: [JSONSyntaxError] = []
    /// How many problems one run collects before it stops; keeps hostile input from growing the list.
    static let maximumRecoveredErrors = 20

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        // A UTF-8 byte-order mark is allowed (and ignored) at the very start.
        position = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        tape.reserveCapacity(max(16, bytes.count / 8))
    }

    /// Parses the whole input.
    ///
    /// - Throws: the first problem, with any found after it in `JSONSyntaxError/additional`.
    mutating func parseDocument() throws(JSONSyntaxError) {
        do {
            try parseDocumentBody()
        } catch {
            recovered.append(error)
        }
        guard var first = recovered.first else { return }
        first.additional = Array(recovered.dropFirst())
        throw first
    }

    private mutating func parseDocumentBody() throws(JSONSyntaxError) {
        skipWhitespace()
        guard position < bytes.count else { throw JSONSyntaxError(.emptyInput, at: position) }
        try parseValue(depth: 0)
        skipWhitespace()
        if position < bytes.count {
            if bytes[position] == UInt8(ascii: "/") { throw JSONSyntaxError(.comment, at: position) }
            throw JSONSyntaxError(.trailingContent, at: position)
        }
    }

    /// Notes a problem the parser can step over, so one run reports several; throws once there are too many.
    private mutating func recover(_ error: JSONSyntaxError) throws(JSONSyntaxError) {
        guard recovered.count + 1 < Self.maximumRecoveredErrors else { throw error }
        recovered.append(error)
    }

    // MARK: Values

    private mutating func parseValue(depth: Int) throws(JSONSyntaxError) {
        guard position < bytes.count else {
            throw JSONSyntaxError(.unexpectedEnd(expected: "a value"), at: position)
        }
        switch bytes[position] {
        case UInt8(ascii: "{"): try parseObject(depth: depth + 1)
        case UInt8(ascii: "["): try parseArray(depth: depth + 1)
        case UInt8(ascii: "\""): try parseString()
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try parseNumber()
        case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"): try parseLiteral()
        default: throw unexpected(expected: "a value")
        }
    }

    private mutating func parseObject(depth: Int) throws(JSONSyntaxError) {
        let keysBase = keyStack.count
        defer { keyStack.removeSubrange(keysBase...) }
        guard let entryIndex = try openContainer(.object, closedBy: UInt8(ascii: "}"), depth: depth) else { return }
        var largeObjectHashes: Set<UInt64> = []
        while true {
            skipWhitespace()
            guard position < bytes.count else {
                throw JSONSyntaxError(.unexpectedEnd(expected: "a key in double quotes or '}'"), at: position)
            }
            switch bytes[position] {
            case UInt8(ascii: "\""):
                break
            case UInt8(ascii: "}") where keyStack.count > keysBase:
                // The object is complete but for the comma: note it and read on.
                try recover(JSONSyntaxError(.trailingComma(before: "}"), at: lastCommaOffset(before: position)))
                position += 1
                tape[entryIndex].end = tape.count
                tape[entryIndex].payload = UInt64(keyStack.count - keysBase)
                return
            case let byte where isDigit(byte) && afterNumberAndComma(position):
                throw JSONSyntaxError(
                    .decimalComma(decimalCommaText(before: position)), at: tape[tape.count - 1].offset)
            case UInt8(ascii: "'"):
                throw JSONSyntaxError(.singleQuotes, at: position)
            case UInt8(ascii: "/"):
                throw JSONSyntaxError(.comment, at: position)
            case let byte where isWordByte(byte):
                throw JSONSyntaxError(.unquotedKey(word(at: position)), at: position)
            default:
                throw unexpected(expected: "a key in double quotes")
            }
            let keyIndex = tape.count
            try parseString()
            try checkForDuplicate(keyIndex, keysFrom: keysBase, largeObjectHashes: &largeObjectHashes)
            skipWhitespace()
            guard position < bytes.count else {
                throw JSONSyntaxError(.unexpectedEnd(expected: "':'"), at: position)
            }
            guard bytes[position] == UInt8(ascii: ":") else {
                if bytes[position] == UInt8(ascii: "/") { throw JSONSyntaxError(.comment, at: position) }
                throw JSONSyntaxError(.missingColon, at: position)
            }
            position += 1
            skipWhitespace()
            try parseValue(depth: depth)
            if try !continuesAfterItem(closedBy: UInt8(ascii: "}")) {
                tape[entryIndex].end = tape.count
                tape[entryIndex].payload = UInt64(keyStack.count - keysBase)
                return
            }
        }
    }

    private mutating func parseArray(depth: Int) throws(JSONSyntaxError) {
        guard let entryIndex = try openContainer(.array, closedBy: UInt8(ascii: "]"), depth: depth) else { return }
        var count: UInt64 = 0
        while true {
            skipWhitespace()
            guard position < bytes.count else {
                throw JSONSyntaxError(.unexpectedEnd(expected: "a value or ']'"), at: position)
            }
            if bytes[position] == UInt8(ascii: "]") && count > 0 {
                try recover(JSONSyntaxError(.trailingComma(before: "]"), at: lastCommaOffset(before: position)))
                position += 1
                tape[entryIndex].end = tape.count
                tape[entryIndex].payload = count
                return
            }
            try parseValue(depth: depth)
            count += 1
            if try !continuesAfterItem(closedBy: UInt8(ascii: "]")) {
                tape[entryIndex].end = tape.count
                tape[entryIndex].payload = count
                return
            }
        }
    }

    /// After a member or element: steps over a comma and returns true, or over
    /// the closing bracket and returns false; anything else is an error.
    private mutating func continuesAfterItem(closedBy closing: UInt8) throws(JSONSyntaxError) -> Bool {
        let inObject = closing == UInt8(ascii: "}")
        let expected = inObject ? "',' or '}'" : "',' or ']'"
        skipWhitespace()
        guard position < bytes.count else { throw JSONSyntaxError(.unexpectedEnd(expected: expected), at: position) }
        let byte = bytes[position]
        switch byte {
        case UInt8(ascii: ","):
            position += 1
            return true
        case closing:
            position += 1
            return false
        case UInt8(ascii: "/"):
            throw JSONSyntaxError(.comment, at: position)
        case UInt8(ascii: "\"") where inObject:
            throw JSONSyntaxError(.missingComma(inObject: true), at: position)
        case let byte where !inObject && startsValue(byte):
            throw JSONSyntaxError(.missingComma(inObject: false), at: position)
        default:
            throw unexpected(expected: expected)
        }
    }

    /// Checks the depth, puts the container on the tape and steps past its
    /// opening bracket.
    ///
    /// - Returns: the container's tape index, or nil when it was empty and is already closed.
    private mutating func openContainer(
        _ kind: TapeEntry.Kind, closedBy closing: UInt8, depth: Int
    ) throws(JSONSyntaxError) -> Int? {
        guard depth <= Self.maximumDepth else {
            throw JSONSyntaxError(.tooDeeplyNested(limit: Self.maximumDepth), at: position)
        }
        let entryIndex = tape.count
        tape.append(TapeEntry(kind: kind, flag: false, offset: position, end: 0, payload: 0))
        position += 1
        skipWhitespace()
        guard position < bytes.count && bytes[position] == closing else { return entryIndex }
        position += 1
        tape[entryIndex].end = tape.count
        return nil
    }

    private mutating func parseLiteral() throws(JSONSyntaxError) {
        let start = position
        let text = word(at: start)
        let kind: TapeEntry.Kind
        switch text {
        case "true": kind = .true
        case "false": kind = .false
        case "null": kind = .null
        default: throw JSONSyntaxError(.unknownWord(text), at: start)
        }
        position += text.utf8.count
        tape.append(TapeEntry(kind: kind, flag: false, offset: start, end: position, payload: 0))
    }

    // MARK: Strings

    private mutating func parseString() throws(JSONSyntaxError) {
        let start = position
        position += 1
        var hasEscapes = false
        while true {
            // Fast path over plain ASCII text.
            while position < bytes.count {
                let byte = bytes[position]
                if byte < 0x20 || byte >= 0x80 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { break }
                position += 1
            }
            guard position < bytes.count else {
                throw JSONSyntaxError(.unexpectedEnd(expected: "'\"' to close the string that starts here"), at: start)
            }
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                tape.append(TapeEntry(kind: .string, flag: hasEscapes, offset: start, end: position, payload: 0))
                return
            case UInt8(ascii: "\\"):
                hasEscapes = true
                try skipEscape()
            case 0..<0x20:
                throw JSONSyntaxError(.controlCharacterInString(byte), at: position)
            default:
                try skipUTF8Sequence()
            }
        }
    }

    private mutating func skipEscape() throws(JSONSyntaxError) {
        let start = position
        guard position + 1 < bytes.count else {
            throw JSONSyntaxError(.unexpectedEnd(expected: "an escape sequence"), at: position)
        }
        switch bytes[position + 1] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
            UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            position += 2
        case UInt8(ascii: "u"):
            let unit = try hexUnit(at: position)
            position += 6
            if (0xDC00...0xDFFF).contains(unit) { throw JSONSyntaxError(.loneSurrogate, at: start) }
            if (0xD800...0xDBFF).contains(unit) {
                guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"),
                    bytes[position + 1] == UInt8(ascii: "u")
                else { throw JSONSyntaxError(.loneSurrogate, at: start) }
                let low = try hexUnit(at: position)
                guard (0xDC00...0xDFFF).contains(low) else { throw JSONSyntaxError(.loneSurrogate, at: start) }
                position += 6
            }
        default:
            let end = min(position + 2, bytes.count)
            throw JSONSyntaxError(
                .invalidEscape(String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<end]), as: UTF8.self)),
                at: position)
        }
    }

    /// The 16-bit value of the `\uXXXX` escape that starts at `offset`.
    private func hexUnit(at offset: Int) throws(JSONSyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for index in offset + 2..<offset + 6 {
            guard index < bytes.count, let digit = hexDigitValue(bytes[index]) else {
                let end = min(offset + 6, bytes.count)
                throw JSONSyntaxError(
                    .invalidEscape(String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<end]), as: UTF8.self)),
                    at: offset)
            }
            value = value << 4 | digit
        }
        return value
    }

    /// Validates one multi-byte UTF-8 sequence (RFC 3629: no overlongs, no surrogates, at most U+10FFFF).
    private mutating func skipUTF8Sequence() throws(JSONSyntaxError) {
        let lead = bytes[position]
        let length: Int
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0:
            length = 3
            secondRange = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED:
            length = 3
            secondRange = 0x80...0x9F
        case 0xF0:
            length = 4
            secondRange = 0x90...0xBF
        case 0xF1...0xF3: length = 4
        case 0xF4:
            length = 4
            secondRange = 0x80...0x8F
        default: throw JSONSyntaxError(.invalidUTF8, at: position)
        }
        guard position + length <= bytes.count, secondRange.contains(bytes[position + 1]) else {
            throw JSONSyntaxError(.invalidUTF8, at: position)
        }
        for index in position + 2..<position + length where bytes[index] & 0xC0 != 0x80 {
            throw JSONSyntaxError(.invalidUTF8, at: position)
        }
        position += length
    }

    /// Rejects a repeated key by comparing hashes of the raw key bytes.
    ///
    /// Keys of all open objects share one stack of hashes, so objects cost no
    /// allocation; an object with many keys switches to a set so hostile input
    /// stays linear. Equal hashes are confirmed by comparing the keys.
    private mutating func checkForDuplicate(
        _ keyIndex: Int, keysFrom base: Int, largeObjectHashes: inout Set<UInt64>
    ) throws(JSONSyntaxError) {
        let key = tape[keyIndex]
        let hash = keyHash(key)
        let earlierCount = keyStack.count - base
        var candidate: Int?
        if earlierCount < 64 {
            var index = base
            while index < keyStack.count {
                if keyStack[index].hash == hash && sameString(tape[keyStack[index].tapeIndex], key) {
                    candidate = keyStack[index].tapeIndex
                    break
                }
                index += 1
            }
        } else {
            if largeObjectHashes.isEmpty { largeObjectHashes = Set(keyStack[base...].map(\.hash)) }
            if !largeObjectHashes.insert(hash).inserted {
                candidate =
                    keyStack[base...].first { $0.hash == hash && sameString(tape[$0.tapeIndex], key) }?.tapeIndex
            }
        }
        if let duplicate = candidate {
            let first = SourceLocator(Array(bytes)).location(ofOffset: tape[duplicate].offset)
            throw JSONSyntaxError(
                .duplicateKey(decodeString(key), firstLine: first.line, firstColumn: first.column), at: key.offset)
        }
        keyStack.append((hash, keyIndex))
    }

    /// FNV-1a over the key's text; escaped keys are hashed after decoding so
    /// that `"a"` and `"\u0061"` collide as they must.
    private func keyHash(_ entry: TapeEntry) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ byte: UInt8) { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        if entry.flag {
            for byte in decodeString(entry).utf8 { mix(byte) }
        } else {
            for index in entry.offset + 1..<entry.end - 1 { mix(bytes[index]) }
        }
        return hash
    }

    private func sameString(_ a: TapeEntry, _ b: TapeEntry) -> Bool {
        if !a.flag && !b.flag {
            let length = a.end - a.offset
            guard length == b.end - b.offset else { return false }
            for index in 0..<length where bytes[a.offset + index] != bytes[b.offset + index] { return false }
            return true
        }
        return decodeString(a) == decodeString(b)
    }

    private func decodeString(_ entry: TapeEntry) -> String {
        StringDecoding.decode(
            UnsafeBufferPointer(rebasing: bytes[entry.offset + 1..<entry.end - 1]), hasEscapes: entry.flag)
    }

    // MARK: Numbers

    private mutating func parseNumber() throws(JSONSyntaxError) {
        let start = position
        var isInteger = true
        if bytes[position] == UInt8(ascii: "-") { position += 1 }
        guard position < bytes.count, isDigit(bytes[position]) else {
            if position < bytes.count, isWordByte(bytes[position]) {
                throw JSONSyntaxError(.unknownWord("-" + word(at: position)), at: start)
            }
            throw JSONSyntaxError(.invalidNumber(numberText(from: start)), at: start)
        }
        if bytes[position] == UInt8(ascii: "0") {
            position += 1
            if position < bytes.count, isDigit(bytes[position]) { throw JSONSyntaxError(.leadingZero, at: start) }
        } else {
            skipDigits()
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            isInteger = false
            position += 1
            guard position < bytes.count, isDigit(bytes[position]) else {
                throw JSONSyntaxError(.invalidNumber(numberText(from: start)), at: start)
            }
            skipDigits()
        }
        if position < bytes.count, bytes[position] | 0x20 == UInt8(ascii: "e") {
            isInteger = false
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") {
                position += 1
            }
            guard position < bytes.count, isDigit(bytes[position]) else {
                throw JSONSyntaxError(.invalidNumber(numberText(from: start)), at: start)
            }
            skipDigits()
        }
        if position < bytes.count, isWordByte(bytes[position]) || bytes[position] == UInt8(ascii: ".") {
            throw JSONSyntaxError(.invalidNumber(numberText(from: start)), at: start)
        }
        let literal = UnsafeBufferPointer(rebasing: bytes[start..<position])
        guard let value = NumberParsing.double(fromValidatedLiteral: literal), value.isFinite else {
            throw JSONSyntaxError(.numberOutOfRange(String(decoding: literal, as: UTF8.self)), at: start)
        }
        tape.append(TapeEntry(kind: .number, flag: isInteger, offset: start, end: position, payload: value.bitPattern))
    }

    private mutating func skipDigits() {
        while position < bytes.count, isDigit(bytes[position]) { position += 1 }
    }

    // MARK: Helpers

    private mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }

    private func unexpected(expected: String) -> JSONSyntaxError {
        let byte = bytes[position]
        if let quote = typographicQuote(at: position) { return JSONSyntaxError(.typographicQuote(quote), at: position) }
        switch byte {
        case UInt8(ascii: "/"): return JSONSyntaxError(.comment, at: position)
        case UInt8(ascii: "'"): return JSONSyntaxError(.singleQuotes, at: position)
        case let byte where isWordByte(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "."):
            let text = word(at: position)
            if byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".") {
                return JSONSyntaxError(.invalidNumber(numberText(from: position)), at: position)
            }
            return JSONSyntaxError(.unknownWord(text), at: position)
        default:
            return JSONSyntaxError(.unexpectedCharacter(found: describe(byte), expected: expected), at: position)
        }
    }

    private func describe(_ byte: UInt8) -> String {
        switch byte {
        case 0x20...0x7E: return "'\(Character(Unicode.Scalar(byte)))'"
        case 0x80...: return "a non-ASCII character"
        default: return "control character U+\(hex4(UInt32(byte)))"
        }
    }

    /// The run of letters, digits and underscores at `offset`, for messages.
    private func word(at offset: Int) -> String {
        var end = offset
        while end < bytes.count, isWordByte(bytes[end]) || isDigit(bytes[end]), end - offset < 40 { end += 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<end]), as: UTF8.self)
    }

    private func numberText(from offset: Int) -> String {
        var end = offset
        while end < bytes.count, end - offset < 40 {
            let byte = bytes[end]
            guard
                isDigit(byte) || isWordByte(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "+")
                    || byte == UInt8(ascii: "-")
            else { break }
            end += 1
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<end]), as: UTF8.self)
    }

    /// The typographic quotation mark („ “ ” ‚ ‘ ’ « » ‹ ›) at `offset`, which word processors put for '"'.
    private func typographicQuote(at offset: Int) -> String? {
        let quotes: Set<Unicode.Scalar> = ["„", "“", "”", "‚", "‘", "’", "«", "»", "‹", "›"]
        for length in 2...3 where offset + length <= bytes.count {
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<offset + length]), as: UTF8.self)
            if let scalar = text.unicodeScalars.first, text.unicodeScalars.count == 1, quotes.contains(scalar) {
                return text
            }
        }
        return nil
    }

    /// Whether the digit at `offset` follows a number and a comma with no space between, as `20,5` does.
    ///
    /// In an object a key must follow the comma, so a digit there means a decimal comma.
    private func afterNumberAndComma(_ offset: Int) -> Bool {
        guard offset >= 2, bytes[offset - 1] == UInt8(ascii: ","), isDigit(bytes[offset - 2]),
            let last = tape.last, last.kind == .number, last.end == offset - 1
        else { return false }
        return true
    }

    /// The number with its decimal comma, `20,5`, for the message.
    private func decimalCommaText(before offset: Int) -> String {
        var end = offset
        while end < bytes.count, isDigit(bytes[end]), end - offset < 20 { end += 1 }
        let start = tape[tape.count - 1].offset
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    private func lastCommaOffset(before offset: Int) -> Int {
        var index = offset - 1
        while index > 0, bytes[index] != UInt8(ascii: ",") { index -= 1 }
        return index
    }

    private func startsValue(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "{"), UInt8(ascii: "["), UInt8(ascii: "\""), UInt8(ascii: "-"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
            return true
        default:
            return false
        }
    }
}

@inline(__always) func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }

@inline(__always) func isWordByte(_ byte: UInt8) -> Bool {
    (byte | 0x20) &- UInt8(ascii: "a") < 26 || byte == UInt8(ascii: "_")
}

@inline(__always) func hexDigitValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
    default: return nil
    }
}
