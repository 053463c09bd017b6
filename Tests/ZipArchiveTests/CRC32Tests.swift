import Testing

@testable import ZipArchive

/// The checksum agrees with published check values of CRC-32 (ISO-HDLC, as ZIP uses it).
struct CRC32Tests {
    @Test(
        arguments: [
            ("", 0x0000_0000), ("123456789", 0xCBF4_3926), ("a", 0xE8B7_BE43),
            ("The quick brown fox jumps over the lazy dog", 0x414F_A339),
        ] as [(String, UInt32)])
    func knownVectors(text: String, checksum: UInt32) {
        #expect(CRC32.checksum(Array(text.utf8)) == checksum)
    }

    /// Feeding the bytes in pieces gives the checksum of the whole.
    @Test func piecesAddUpToTheWhole() {
        var crc = CRC32()
        crc.update(Array("1234".utf8))
        crc.update(Array("56789".utf8))
        #expect(crc.value == 0xCBF4_3926)
    }
}
