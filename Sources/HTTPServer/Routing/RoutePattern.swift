/// A path pattern such as `/s/:survey/:page` or `/static/*file`.
///
/// `:name` binds one segment, percent-decoded. `*name`, only last, binds the
/// rest of the path still percent-encoded, so a file handler can check each
/// segment itself (an encoded `%2F` must not turn into a separator).
struct RoutePattern: Sendable, Equatable {
    enum Segment: Sendable, Equatable {
        case literal(String)
        case parameter(String)
        case rest(String)
    }

    let segments: [Segment]

    /// Parses a pattern; a malformed pattern is a programmer error.
    init(_ pattern: String) {
        precondition(pattern.hasPrefix("/"), "route patterns start with /")
        let parts = pattern.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        segments = parts.enumerated().map { index, part in
            if part.hasPrefix(":") {
                precondition(part.count > 1, "parameter needs a name in \(pattern)")
                return .parameter(String(part.dropFirst()))
            }
            if part.hasPrefix("*") {
                precondition(index == parts.count - 1, "* must be the last segment in \(pattern)")
                return .rest(String(part.dropFirst()))
            }
            return .literal(String(part))
        }
    }

    /// The bound parameters if `path` matches, or nil.
    ///
    /// - Throws: `FormDecodingError` when a bound segment has broken percent-encoding.
    func match(_ path: String) throws(FormDecodingError) -> [String: String]? {
        let parts = path.utf8.dropFirst().split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        var parameters: [String: String] = [:]
        for (index, segment) in segments.enumerated() {
            switch segment {
            case .rest(let name):
                let rest = parts.dropFirst(index)
                parameters[name] = rest.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "/")
                return parameters
            case .literal(let literal):
                guard index < parts.count, parts[index].elementsEqual(literal.utf8) else { return nil }
            case .parameter(let name):
                guard index < parts.count, !parts[index].isEmpty else { return nil }
                parameters[name] = try PercentDecoding.decode(Array(parts[index])[...], plusAsSpace: false)
            }
        }
        return parts.count == segments.count ? parameters : nil
    }
}
