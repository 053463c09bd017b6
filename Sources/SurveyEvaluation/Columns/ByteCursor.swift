import StrictJSON

/// A position in one log line, with the JSON tokens the record scanner needs.
///
/// Every method validates what it steps over as strictly as StrictJSON does,
/// or gives up (nil or false): the scanner then leaves the line to the
/// general parser, which decides. Giving up is never wrong, only slower.
struct ByteCursor {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    var atEnd: Bool { position >= bytes.count }

    /// The byte at the position, or 0 at the end.
    var peek: UInt8 { position < bytes.count ? bytes[position] : 0 }

    mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }

    /// Steps over `byte` (after whitespace); false if something else is there.
    mutating func take(_ byte: UInt8) -> Bool {
        skipWhitespace()
        guard peek == byte else { return false }
        position += 1
        return true
    }

    /// After a member or element: true after a comma, false after `closing`, nil for anything else.
    mutating func continues(closedBy closing: UInt8) -> Bool? {
        skipWhitespace()
        switch peek {
        case UInt8(ascii: ","):
            position += 1
            return true
        case closing:
            position += 1
            return false
        default: return nil
        }
    }

    /// A string without escapes: the range of its bytes between the quotes; nil to give up.
    mutating func string() -> Range<Int>? {
        skipWhitespace()
        guard peek == UInt8(ascii: "\"") else { return nil }
        let start = position + 1
        var index = start
        var ascii = true
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") { break }
            if byte == UInt8(ascii: "\\") || byte < 0x20 { return nil }
            if byte >= 0x80 { ascii = false }
            index += 1
        }
        guard index < bytes.count else { return nil }
        if !ascii, String(validating: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self) == nil {
            return nil
        }
        position = index + 1
        return start..<index
    }

    /// A number, checked against the JSON grammar and converted as StrictJSON converts it; nil to give up.
    mutating func number() -> Double? {
        skipWhitespace()
        let start = position
        var index = position
        func digits() -> Int {
            let first = index
            while index < bytes.count, bytes[index] &- UInt8(ascii: "0") < 10 { index += 1 }
            return index - first
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count else { return nil }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
        } else if digits() == 0 {
            return nil
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits() > 0 else { return nil }
        }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                index += 1
            }
            guard digits() > 0 else { return nil }
        }
        // A digit, letter, underscore or point straight after is a malformed number (`01`, `1x`, `1.2.3`).
        if index < bytes.count {
            let next = bytes[index]
            if next &- UInt8(ascii: "0") < 10 || (next | 0x20) &- UInt8(ascii: "a") < 26 || next == UInt8(ascii: "_")
                || next == UInt8(ascii: ".")
            {
                return nil
            }
        }
        guard
            let value = NumberParsing.double(fromValidatedLiteral: UnsafeBufferPointer(rebasing: bytes[start..<index])),
            value.isFinite
        else { return nil }
        position = index
        return value
    }

    /// `true`, `false` or `null` (as nil inside); the outer nil means none of them is here.
    mutating func literal() -> Bool?? {
        skipWhitespace()
        func matches(_ word: StaticString) -> Bool {
            let count = word.utf8CodeUnitCount
            guard position + count <= bytes.count else { return false }
            for offset in 0..<count where bytes[position + offset] != word.utf8Start[offset] { return false }
            let after = position + count
            if after < bytes.count {
                let next = bytes[after]
                if (next | 0x20) &- UInt8(ascii: "a") < 26 || next == UInt8(ascii: "_")
                    || next &- UInt8(ascii: "0") < 10
                {
                    return false
                }
            }
            position += count
            return true
        }
        switch peek {
        case UInt8(ascii: "t"): return matches("true") ? .some(true) : nil
        case UInt8(ascii: "f"): return matches("false") ? .some(false) : nil
        case UInt8(ascii: "n"): return matches("null") ? .some(nil) : nil
        default: return nil
        }
    }

    /// What kind of value starts here (after whitespace).
    enum Start { case object, array, string, number, literal, other }

    mutating func start() -> Start {
        skipWhitespace()
        switch peek {
        case UInt8(ascii: "{"): return .object
        case UInt8(ascii: "["): return .array
        case UInt8(ascii: "\""): return .string
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number
        case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"): return .literal
        default: return .other
        }
    }

    /// Steps over a string, number or literal; false for a container or anything malformed.
    mutating func skipScalar() -> Bool {
        switch start() {
        case .string: return string() != nil
        case .number: return number() != nil
        case .literal: return literal() != nil
        default: return false
        }
    }

    /// The bytes in `range`.
    func slice(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[range])
    }
}
