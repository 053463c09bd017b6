/// The grammar of chunk extensions (RFC 9112 §7.1.1), checked but not kept.
///
/// Nothing uses extensions, yet a lax reading here is one more place where two
/// parsers on a path could disagree about where a chunk ends.
enum ChunkExtension {
    /// Whether `bytes` (everything after the first `;` up to the CR) is
    /// `ext-name [= ext-value] *( ; ext-name [= ext-value] )` with optional
    /// whitespace around the separators.
    static func isValid(_ bytes: [UInt8]) -> Bool {
        var index = 0
        func skipWhitespace() {
            while index < bytes.count, bytes[index] == ASCII.space || bytes[index] == ASCII.tab { index += 1 }
        }
        func token() -> Bool {
            let start = index
            while index < bytes.count, ASCII.isTokenByte[Int(bytes[index])] { index += 1 }
            return index > start
        }
        func quotedString() -> Bool {
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return false }
            index += 1
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                if byte == UInt8(ascii: "\"") { return true }
                if byte == UInt8(ascii: "\\") {
                    guard index < bytes.count, ASCII.isFieldValueByte[Int(bytes[index])] else { return false }
                    index += 1
                } else if !ASCII.isFieldValueByte[Int(byte)] {
                    return false
                }
            }
            return false
        }
        while true {
            skipWhitespace()
            guard token() else { return false }
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "=") {
                index += 1
                skipWhitespace()
                guard token() || quotedString() else { return false }
                skipWhitespace()
            }
            if index == bytes.count { return true }
            guard bytes[index] == ASCII.semicolon else { return false }
            index += 1
        }
    }
}
