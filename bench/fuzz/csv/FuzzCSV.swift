// libFuzzer entry point for the CSV reader.
//
// Each input is read three times: separator detected, comma, semicolon. A
// file that reads must survive a round trip through the writer (with and
// without byte-order mark) unchanged; a file that does not gives errors whose
// row, line and column lie inside the input. Writing guards formula-like text
// with an apostrophe and reading removes it, so the round trip is exact too.

import CSVCodec

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let bounds = Bounds(bytes)
    for separator in [nil, CSVSeparator.comma, .semicolon] {
        do {
            let table = try CSVReader.read(bytes, separator: separator)
            if let separator, table.separator != separator { fatalError("separator \(separator) not kept") }
            checkRoundTrip(table)
        } catch {
            for problem in error.errors {
                guard let position = problem.position else { continue }
                guard bounds.contains(position) else { fatalError("\(problem) lies outside the input") }
            }
        }
    }
    return 0
}

/// Writes `table` and reads it back with the same separator; the result must be equal.
private func checkRoundTrip(_ table: CSVTable) {
    for row in table.rows where row.fields.count != table.header.count {
        fatalError("row \(row.row) has \(row.fields.count) fields, header \(table.header.count)")
    }
    let fields = table.rows.map(\.fields)
    for byteOrderMark in [false, true] {
        let writer = CSVWriter(separator: table.separator, byteOrderMark: byteOrderMark)
        let written = writer.write(header: table.header, rows: fields.map { $0.map(CSVCell.text) })
        do {
            let reread = try CSVReader.read(written, separator: table.separator)
            guard reread.header == table.header, reread.rows.map(\.fields) == fields else {
                fatalError("round trip changed the table (byte-order mark \(byteOrderMark))")
            }
        } catch {
            fatalError("written table does not read back: \(error)")
        }
    }
}

/// What a position can be at most for a given input.
private struct Bounds {
    /// Physical lines: line breaks (CRLF, LF or lone CR) plus one.
    var lines = 1
    /// Fields a row can have at most: separators of either kind plus one, plus
    /// one for the "first missing field" of a short row.
    var columns = 2

    init(_ bytes: [UInt8]) {
        for (index, byte) in bytes.enumerated() {
            switch byte {
            case UInt8(ascii: "\n"): lines += 1
            case UInt8(ascii: "\r") where bytes.dropFirst(index + 1).first != UInt8(ascii: "\n"): lines += 1
            case UInt8(ascii: ","), UInt8(ascii: ";"): columns += 1
            default: break
            }
        }
    }

    func contains(_ position: CSVPosition) -> Bool {
        position.row >= 1 && position.row <= position.line && position.line <= lines
            && position.column >= 1 && position.column <= columns
    }
}
