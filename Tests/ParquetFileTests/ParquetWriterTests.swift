import Testing

@testable import ParquetFile

/// The file's frame and first page, computed by hand, checked without a reader.
struct ParquetWriterTests {
    @Test func fileIsFramedByMagicAndFooterLength() throws {
        let bytes = try ParquetWriter(createdBy: "tests").write([
            ParquetColumn(name: "a", values: .double([1.5, nil]))
        ])
        #expect(Array(bytes.prefix(4)) == Array("PAR1".utf8))
        #expect(Array(bytes.suffix(4)) == Array("PAR1".utf8))
        // The page header: type 0 (DATA_PAGE), both sizes 14 (0x1C), then field 5, a DataPageHeader of
        // 2 values, PLAIN (0), levels in RLE (3); then the body: the levels' length 2, one bit-packed
        // group [1, 0], and 1.5 as a little-endian double.
        let page: [UInt8] = [
            0x15, 0x00, 0x15, 0x1C, 0x15, 0x1C, 0x2C, 0x15, 0x04, 0x15, 0x00, 0x15, 0x06, 0x15, 0x06, 0x00, 0x00,
            0x02, 0x00, 0x00, 0x00, 0x03, 0x01, 0, 0, 0, 0, 0, 0, 0xF8, 0x3F,
        ]
        #expect(Array(bytes[4..<(4 + page.count)]) == page)
        let footerEnd = bytes.count - 8
        let footerLength = bytes[footerEnd..<(footerEnd + 4)].reversed().reduce(0) { $0 << 8 | Int($1) }
        #expect(footerEnd - footerLength == 4 + page.count)
        // FileMetaData: field 1 (i32) version 2, field 2 a list of two structs (root and column).
        #expect(Array(bytes[(4 + page.count)..<(4 + page.count + 4)]) == [0x15, 0x04, 0x19, 0x2C])
    }

    /// No columns and no rows still make a file: magic, a footer, its length, magic.
    @Test func emptyFile() throws {
        let bytes = try ParquetWriter(createdBy: "").write([])
        // version 2; schema: the root alone (name "schema", 0 children); 0 rows; no row groups;
        // created_by ""; no column orders.
        let footer: [UInt8] =
            [0x15, 0x04, 0x19, 0x1C, 0x35, 0x00, 0x18, 0x06] + Array("schema".utf8) + [
                0x15, 0x00, 0x00, 0x16, 0x00, 0x19, 0x0C, 0x28, 0x00, 0x19, 0x0C, 0x00,
            ]
        #expect(bytes == Array("PAR1".utf8) + footer + [UInt8(footer.count), 0, 0, 0] + Array("PAR1".utf8))
    }
}
