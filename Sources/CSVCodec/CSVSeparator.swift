/// The field separator: comma (RFC 4180) or semicolon (German Excel).
public enum CSVSeparator: UInt8, Sendable, Hashable, CaseIterable {
    case comma = 0x2C
    case semicolon = 0x3B

    /// Picks the separator that occurs more often outside quotes in the first
    /// line; a tie (e.g. a single-column file) means comma.
    static func detect(in bytes: ArraySlice<UInt8>) -> CSVSeparator {
        var commas = 0
        var semicolons = 0
        var quoted = false
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "\""): quoted.toggle()
            case UInt8(ascii: "\n") where !quoted, UInt8(ascii: "\r") where !quoted:
                return semicolons > commas ? .semicolon : .comma
            case CSVSeparator.comma.rawValue where !quoted: commas += 1
            case CSVSeparator.semicolon.rawValue where !quoted: semicolons += 1
            default: break
            }
        }
        return semicolons > commas ? .semicolon : .comma
    }
}
