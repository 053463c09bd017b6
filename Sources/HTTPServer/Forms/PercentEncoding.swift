/// Percent-encoding of our own, the counterpart of ``PercentDecoding``: for a query or form (`+` for a
/// space) or for one segment of a path (`%20`, since a path reads `+` as itself).
public enum PercentEncoding {
    /// `text` as one path segment: only unreserved bytes stay, so `/`, `?`, `#` and space cannot end the
    /// segment or the path, and a `:name` route binds the text back whole.
    public static func pathSegment(_ text: String) -> String { encode(text, spaceAsPlus: false) }

    /// Encodes every byte of `text` except the unreserved ones (RFC 3986).
    static func encode(_ text: String, spaceAsPlus: Bool) -> String {
        var result = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                result.unicodeScalars.append(UnicodeScalar(byte))
            case ASCII.space where spaceAsPlus: result += "+"
            default:
                let hex = Array("0123456789ABCDEF".utf8)
                result += "%"
                result.unicodeScalars.append(UnicodeScalar(hex[Int(byte >> 4)]))
                result.unicodeScalars.append(UnicodeScalar(hex[Int(byte & 0xF)]))
            }
        }
        return result
    }
}
