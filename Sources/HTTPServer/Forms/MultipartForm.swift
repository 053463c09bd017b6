/// A decoded `multipart/form-data` body: what a form with a file field sends.
///
/// Only what such a form needs: each part's name, file name and bytes; part
/// headers other than `Content-Disposition` are ignored. The body has already
/// passed the route's size limit, so the parts are kept in memory.
public struct MultipartForm: Sendable {
    /// One field of the form.
    public struct Part: Sendable, Hashable {
        /// The field's name.
        public let name: String
        /// The chosen file's name, for a file field.
        public let filename: String?
        /// The field's bytes: the file's content, or the text typed.
        public let body: [UInt8]
    }

    /// The parts in the order sent.
    public let parts: [Part]

    /// Splits `body` at `boundary`.
    ///
    /// - Throws: ``FormDecodingError/malformedMultipart`` when the boundary is
    ///   missing, a part has no blank line after its headers, or the closing
    ///   boundary never comes.
    public init(decoding body: [UInt8], boundary: String) throws(FormDecodingError) {
        let delimiter = Array("--\(boundary)".utf8)
        let separator = Array("\r\n--\(boundary)".utf8)
        guard !boundary.isEmpty, body.starts(with: delimiter) else { throw .malformedMultipart }
        var parts: [Part] = []
        var position = delimiter.count
        while true {
            // After a boundary: "--" closes the body, a line break starts the next part.
            if body[position...].starts(with: Array("--".utf8)) { break }
            guard body[position...].starts(with: Array("\r\n".utf8)) else { throw .malformedMultipart }
            position += 2
            guard let headersEnd = Self.find(Array("\r\n\r\n".utf8), in: body, from: position),
                let end = Self.find(separator, in: body, from: headersEnd + 4)
            else { throw .malformedMultipart }
            let headers = String(decoding: body[position..<headersEnd], as: UTF8.self)
            if let disposition = Self.disposition(in: headers), let name = disposition["name"] {
                parts.append(
                    Part(name: name, filename: disposition["filename"], body: Array(body[(headersEnd + 4)..<end])))
            }
            position = end + separator.count
        }
        self.parts = parts
    }

    /// The text of the first field called `name`, if it is valid UTF-8.
    public subscript(name: String) -> String? {
        parts.first { $0.name == name }.flatMap { String(validating: $0.body, as: UTF8.self) }
    }

    /// The first part called `name`.
    public func part(_ name: String) -> Part? {
        parts.first { $0.name == name }
    }

    /// The parameters of the `Content-Disposition: form-data` header, lowercased names.
    private static func disposition(in headers: String) -> [String: String]? {
        for line in headers.split(separator: "\r\n") {
            guard let colon = line.firstIndex(of: ":"),
                line[..<colon].trimmingCharacters(in: " \t").lowercased() == "content-disposition"
            else { continue }
            var parameters: [String: String] = [:]
            var rest = Substring(line[line.index(after: colon)...])
            while let semicolon = rest.firstIndex(of: ";") {
                rest = rest[rest.index(after: semicolon)...].drop { $0 == " " || $0 == "\t" }
                guard let equals = rest.firstIndex(of: "=") else { break }
                let key = rest[..<equals].trimmingCharacters(in: " \t").lowercased()
                var value = rest[rest.index(after: equals)...]
                if value.first == "\"" {
                    value = value.dropFirst()
                    let close = value.firstIndex(of: "\"") ?? value.endIndex
                    parameters[key] = String(value[..<close])
                    rest = value[close...].dropFirst()
                } else {
                    let close = value.firstIndex(of: ";") ?? value.endIndex
                    parameters[key] = value[..<close].trimmingCharacters(in: " \t")
                    rest = value[close...]
                }
            }
            return parameters
        }
        return nil
    }

    /// The first index of `needle` in `haystack` at or after `start`.
    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        var index = start
        while index <= haystack.count - needle.count {
            if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}

extension HTTPRequest {
    /// The decoded `multipart/form-data` body.
    ///
    /// - Throws: ``FormDecodingError/unsupportedContentType`` for any other content
    ///   type, ``FormDecodingError/malformedMultipart`` for a body that does not parse.
    public func multipartForm() throws(FormDecodingError) -> MultipartForm {
        let parameters = (headers["Content-Type"] ?? "").split(separator: ";").map {
            $0.trimmingCharacters(in: " \t")
        }
        guard parameters.first?.lowercased() == "multipart/form-data" else { throw .unsupportedContentType }
        guard
            let boundary = parameters.dropFirst().first(where: { $0.lowercased().hasPrefix("boundary=") })?
                .dropFirst("boundary=".count)
        else { throw .malformedMultipart }
        let unquoted =
            boundary.hasPrefix("\"") && boundary.hasSuffix("\"") && boundary.count >= 2
            ? String(boundary.dropFirst().dropLast()) : String(boundary)
        return try MultipartForm(decoding: body, boundary: unquoted)
    }
}
