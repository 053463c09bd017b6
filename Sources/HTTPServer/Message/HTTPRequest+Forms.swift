/// Query, form and cookie access, decoded on demand so requests that never
/// look at them pay nothing.
extension HTTPRequest {
    /// The decoded query items, in order, or an error for malformed encoding.
    public func queryItems() throws(FormDecodingError) -> URLEncodedForm {
        try URLEncodedForm(decoding: Array((query ?? "").utf8))
    }

    /// The decoded `application/x-www-form-urlencoded` body.
    ///
    /// - Throws: `FormDecodingError.unsupportedContentType` for any other
    ///   content type, or the decoding error for malformed bytes.
    public func formFields() throws(FormDecodingError) -> URLEncodedForm {
        let mediaType = headers["Content-Type"]?.split(separator: ";").first.map {
            $0.trimmingCharacters(in: " \t").lowercased()
        }
        guard mediaType == "application/x-www-form-urlencoded" else { throw .unsupportedContentType }
        return try URLEncodedForm(decoding: body)
    }

    /// The request's cookies by name; a name sent twice keeps its first value.
    ///
    /// Read byte by byte: every respondent's request reads its grant cookie here, and the
    /// separators, blanks and quotes are all ASCII, so no character needs grapheme breaking.
    public var cookies: [String: String] {
        var result: [String: String] = [:]
        for header in headers.values(for: "Cookie") {
            for pair in header.utf8.split(separator: UInt8(ascii: ";")) {
                guard let equals = pair.firstIndex(of: UInt8(ascii: "=")) else { continue }
                let name = Self.trimmedBlanks(pair[..<equals])
                var value = Self.trimmedBlanks(pair[pair.index(after: equals)...])
                if value.count >= 2, value.first == UInt8(ascii: "\""), value.last == UInt8(ascii: "\"") {
                    value = value.dropFirst().dropLast()
                }
                let key = String(decoding: name, as: UTF8.self)
                if !key.isEmpty, result[key] == nil { result[key] = String(decoding: value, as: UTF8.self) }
            }
        }
        return result
    }

    /// `bytes` without spaces and tabs at either end.
    private static func trimmedBlanks(_ bytes: Substring.UTF8View.SubSequence) -> Substring.UTF8View.SubSequence {
        let isBlank = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        guard let first = bytes.firstIndex(where: { !isBlank($0) }), let last = bytes.lastIndex(where: { !isBlank($0) })
        else { return bytes[bytes.startIndex..<bytes.startIndex] }
        return bytes[first...last]
    }
}

extension StringProtocol {
    /// Drops the given characters from both ends.
    func trimmingCharacters(in set: String) -> String {
        let isTrimmed = { (character: Character) in set.contains(character) }
        guard let first = firstIndex(where: { !isTrimmed($0) }), let last = lastIndex(where: { !isTrimmed($0) })
        else { return "" }
        return String(self[first...last])
    }
}
