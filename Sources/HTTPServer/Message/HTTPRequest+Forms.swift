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
    public var cookies: [String: String] {
        var result: [String: String] = [:]
        for header in headers.values(for: "Cookie") {
            for pair in header.split(separator: ";") {
                guard let equals = pair.firstIndex(of: "=") else { continue }
                let name = pair[..<equals].trimmingCharacters(in: " \t")
                var value = pair[pair.index(after: equals)...].trimmingCharacters(in: " \t")
                if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") {
                    value = String(value.dropFirst().dropLast())
                }
                if !name.isEmpty, result[name] == nil { result[name] = value }
            }
        }
        return result
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
