import CSVCodec
import Testing

/// Inputs on which fuzzing found the reader and writer to disagree.
struct FuzzRegressionTests {
    /// Reads `input`, writes the table with both writers and reads it back.
    @Test(arguments: [
        // A quoted empty field alone on its line is a row; written unquoted it became an empty line.
        "a\r\n\"\"\r\n",
        // A header that starts with U+FEFF after the byte-order mark; written without a mark, the reader took it for one.
        "\u{FEFF}\u{FEFF}MM",
    ])
    func writtenTableReadsBack(input: String) throws {
        let table = try CSVReader.read(Array(input.utf8))
        for writer in [CSVWriter(separator: table.separator, byteOrderMark: false), .excel] {
            let written = writer.write(header: table.header, rows: table.rows.map { $0.fields.map(CSVCell.text) })
            let reread = try CSVReader.read(written, separator: writer.separator)
            #expect(reread.header == table.header)
            #expect(reread.rows.map(\.fields) == table.rows.map(\.fields))
        }
    }
}
