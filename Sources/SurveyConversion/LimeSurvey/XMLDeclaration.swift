import Foundation

/// The XML declaration (`<?xml version="1.0" encoding="UTF-8"?>`), checked and then hidden from the parser.
///
/// The bytes are known to be UTF-8 by then. libxml2 switches its decoder to whatever
/// encoding a declaration names, and crashes on some (`UTF-7`), so a declaration
/// naming another encoding is refused and every declaration is replaced by spaces
/// (line breaks kept, so lines and columns stay where they were).
enum XMLDeclaration {
    static func blanked(_ bytes: [UInt8]) throws(LimeSurveyError) -> [UInt8] {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let start = bytes.starts(with: bom) ? bom.count : 0
        guard bytes[start...].starts(with: Array("<?xml".utf8)) else { return bytes }
        let window = bytes[start..<min(bytes.count, start + 1024)]
        guard let end = window.indices.first(where: { window[$0...].starts(with: Array("?>".utf8)) }) else {
            throw .malformed(line: 1, column: 1)
        }
        let declaration = String(decoding: bytes[start..<end], as: UTF8.self)
        if let name = encoding(in: declaration), !["utf-8", "utf8"].contains(name.lowercased()) {
            throw .unsupportedEncoding(name: name)
        }
        var blanked = bytes
        for index in start..<(end + 2) where blanked[index] != UInt8(ascii: "\n") { blanked[index] = UInt8(ascii: " ") }
        return blanked
    }

    /// The value of `encoding="…"` (or with single quotes), if the declaration has one.
    private static func encoding(in declaration: String) -> String? {
        guard let keyword = declaration.range(of: "encoding") else { return nil }
        var rest = declaration[keyword.upperBound...].drop { $0.isWhitespace }
        guard rest.first == "=" else { return "" }
        rest = rest.dropFirst().drop { $0.isWhitespace }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return "" }
        return String(rest.dropFirst().prefix { $0 != quote })
    }
}
