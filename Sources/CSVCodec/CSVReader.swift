/// Reads RFC 4180 CSV into a ``CSVTable``, reporting every problem with its position.
///
/// Accepted: UTF-8 with or without byte-order mark; `,` or `;` separators,
/// detected from the header line unless given; quoted fields containing
/// separators, quotes written as `""` and line breaks; CRLF or LF line ends;
/// empty lines (skipped). A field's guarding apostrophe, written by
/// ``CSVWriter`` in front of formula-like text, is removed again (see
/// ``FormulaGuard``). The reader does not stop at the first problem: a
/// person fixing an import file wants the whole list at once.
public enum CSVReader {
    /// Parses `bytes`.
    ///
    /// - Parameters:
    ///   - bytes: The file's content.
    ///   - separator: The separator, or nil to detect it from the header line.
    /// - Throws: ``CSVErrors`` listing every problem in file order.
    public static func read(_ bytes: [UInt8], separator: CSVSeparator? = nil) throws(CSVErrors) -> CSVTable {
        var scanner = Scanner(bytes: bytes)
        let separator = separator ?? CSVSeparator.detect(in: bytes[scanner.index...])
        var errors: [CSVError] = []
        var header: [String]?
        var rows: [CSVTable.Row] = []
        while let record = scanner.nextRecord(separator: separator.rawValue, errors: &errors) {
            guard let expected = header?.count else {
                header = record.fields
                continue
            }
            if record.fields.count != expected {
                let column = min(record.fields.count, expected) + 1
                errors.append(
                    .wrongFieldCount(
                        CSVPosition(row: record.row, column: column, line: record.line),
                        expected: expected, found: record.fields.count))
                continue
            }
            rows.append(CSVTable.Row(row: record.row, line: record.line, fields: record.fields))
        }
        guard let header else { throw CSVErrors([.empty]) }
        guard errors.isEmpty else { throw CSVErrors(errors) }
        return CSVTable(header: header, rows: rows, separator: separator)
    }

    /// One record as scanned, before checking its field count.
    struct Record {
        let row: Int
        let line: Int
        let fields: [String]
    }

    /// A cursor over the bytes that yields records and tracks rows and lines.
    struct Scanner {
        let bytes: [UInt8]
        var index: Int
        var row = 0
        var line = 1

        init(bytes: [UInt8]) {
            self.bytes = bytes
            let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
            index = bytes.starts(with: bom) ? bom.count : 0
        }

        /// Returns the next non-empty record, or nil at the end of the file.
        mutating func nextRecord(separator: UInt8, errors: inout [CSVError]) -> Record? {
            while index < bytes.count {
                row += 1
                let startLine = line
                if skipLineBreak() { continue }
                var fields: [String] = []
                var ended = false
                while !ended {
                    let position = CSVPosition(row: row, column: fields.count + 1, line: line)
                    let field = scanField(separator: separator, at: position, errors: &errors)
                    if !utf8IsValid(field) {
                        errors.append(.invalidUTF8(position))
                    }
                    fields.append(FormulaGuard.restored(String(decoding: field, as: UTF8.self)))
                    if index < bytes.count, bytes[index] == separator {
                        index += 1
                    } else {
                        ended = true
                        _ = skipLineBreak()
                    }
                }
                return Record(row: row, line: startLine, fields: fields)
            }
            return nil
        }

        /// Consumes one CRLF, LF or lone CR if present.
        mutating func skipLineBreak() -> Bool {
            guard index < bytes.count else { return false }
            switch bytes[index] {
            case UInt8(ascii: "\r"):
                index += 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "\n") { index += 1 }
            case UInt8(ascii: "\n"):
                index += 1
            default:
                return false
            }
            line += 1
            return true
        }

        /// Scans one field up to (not including) the separator or line break.
        mutating func scanField(separator: UInt8, at position: CSVPosition, errors: inout [CSVError]) -> [UInt8] {
            var field: [UInt8] = []
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                while index < bytes.count, !isFieldEnd(bytes[index], separator: separator) {
                    if bytes[index] == UInt8(ascii: "\"") {
                        errors.append(.quoteInUnquotedField(position))
                    }
                    field.append(bytes[index])
                    index += 1
                }
                return field
            }
            index += 1
            while true {
                guard index < bytes.count else {
                    errors.append(.unterminatedQuote(position))
                    return field
                }
                let byte = bytes[index]
                index += 1
                if byte == UInt8(ascii: "\"") {
                    if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
                        field.append(byte)
                        index += 1
                        continue
                    }
                    break
                }
                if byte == UInt8(ascii: "\n")
                    || (byte == UInt8(ascii: "\r") && bytes.dropFirst(index).first != UInt8(ascii: "\n"))
                {
                    line += 1
                }
                field.append(byte)
            }
            if index < bytes.count, !isFieldEnd(bytes[index], separator: separator) {
                errors.append(
                    .characterAfterClosingQuote(CSVPosition(row: position.row, column: position.column, line: line)))
                // Keep the rest of the field so that following fields stay aligned.
                while index < bytes.count, !isFieldEnd(bytes[index], separator: separator) {
                    field.append(bytes[index])
                    index += 1
                }
            }
            return field
        }

        func isFieldEnd(_ byte: UInt8, separator: UInt8) -> Bool {
            byte == separator || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
        }

        func utf8IsValid(_ field: [UInt8]) -> Bool {
            var iterator = field.makeIterator()
            var decoder = UTF8()
            while true {
                switch decoder.decode(&iterator) {
                case .scalarValue: continue
                case .emptyInput: return true
                case .error: return false
                }
            }
        }
    }
}
