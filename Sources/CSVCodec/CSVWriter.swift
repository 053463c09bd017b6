/// Writes CSV rows, quoting only the fields that need it and guarding text against formulas.
///
/// Every text cell, the header included, goes through ``FormulaGuard``; a
/// guarded field is always quoted, as OWASP recommends. Numbers stay numbers.
public struct CSVWriter: Sendable {
    /// The separator between fields.
    public let separator: CSVSeparator
    /// Whether the output starts with a UTF-8 byte-order mark.
    public let byteOrderMark: Bool

    /// RFC 4180: comma, no byte-order mark.
    public static let standard = CSVWriter(separator: .comma, byteOrderMark: false)
    /// What German Excel opens with a double click: semicolon and a byte-order
    /// mark, without which Excel reads UTF-8 as Windows-1252.
    public static let excel = CSVWriter(separator: .semicolon, byteOrderMark: true)

    /// Creates a writer.
    public init(separator: CSVSeparator, byteOrderMark: Bool) {
        self.separator = separator
        self.byteOrderMark = byteOrderMark
    }

    /// Returns the whole file for `header` and `rows`, lines ended by CRLF.
    public func write(header: [String], rows: [[CSVCell]]) -> [UInt8] {
        var output: [UInt8] = byteOrderMark ? [0xEF, 0xBB, 0xBF] : []
        append(header.map(CSVCell.text), to: &output)
        for row in rows {
            append(row, to: &output)
        }
        return output
    }

    /// Appends one row and its CRLF to `output`.
    public func append(_ row: [CSVCell], to output: inout [UInt8]) {
        for (index, cell) in row.enumerated() {
            if index > 0 { output.append(separator.rawValue) }
            let field = cell.written
            let utf8 = field.utf8
            // A row of one empty field would otherwise be an empty line, which readers skip;
            // a file that starts with U+FEFF would otherwise lose it as a byte-order mark.
            let startsLikeByteOrderMark = output.isEmpty && utf8.starts(with: [0xEF, 0xBB, 0xBF])
            // A leading apostrophe is quoted so the guard is unmistakable, whether ours or the text's own.
            let needsQuotes =
                (row.count == 1 && field.isEmpty) || startsLikeByteOrderMark || utf8.first == UInt8(ascii: "'")
                || utf8.contains { byte in
                    byte == separator.rawValue || byte == UInt8(ascii: "\"")
                        || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
                }
            guard needsQuotes else {
                output.append(contentsOf: utf8)
                continue
            }
            output.append(UInt8(ascii: "\""))
            for byte in utf8 {
                if byte == UInt8(ascii: "\"") { output.append(byte) }
                output.append(byte)
            }
            output.append(UInt8(ascii: "\""))
        }
        output.append(contentsOf: [UInt8(ascii: "\r"), UInt8(ascii: "\n")])
    }
}
