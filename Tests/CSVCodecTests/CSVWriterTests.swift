import CSVCodec
import Testing

/// The writer quotes only when needed and round-trips through the reader.
struct CSVWriterTests {
    @Test(arguments: [
        ("plain", "plain"),
        ("", "\"\""),
        ("a,b", "\"a,b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("two\nlines", "\"two\nlines\""),
        ("cr\rhere", "\"cr\rhere\""),
        ("semi;colon", "semi;colon"),
    ])
    func quotesWhenNeeded(field: String, written: String) {
        var output: [UInt8] = []
        CSVWriter.standard.append([.text(field)], to: &output)
        #expect(String(decoding: output, as: UTF8.self) == written + "\r\n")
    }

    @Test func excelStyleHasBOMAndSemicolon() {
        let bytes = CSVWriter.excel.write(header: ["id", "label"], rows: [[.text("s1"), .text("A; B")]])
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: bytes.dropFirst(3), as: UTF8.self) == "id;label\r\ns1;\"A; B\"\r\n")
    }

    @Test(arguments: [CSVWriter.standard, CSVWriter.excel])
    func roundTrip(writer: CSVWriter) throws {
        let header = ["id", "label", "note"]
        let rows = [["s1", "Müller, \"Nord\"; Süd", "a\r\nb"], ["s2", "", " x "]]
        let table = try CSVReader.read(writer.write(header: header, rows: rows.map { $0.map(CSVCell.text) }))
        #expect(table.header == header)
        #expect(table.rows.map(\.fields) == rows)
        #expect(table.separator == writer.separator)
    }
}
