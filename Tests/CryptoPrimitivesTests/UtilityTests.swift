import CryptoPrimitives
import Testing

/// Constant-time comparison, hex, random bytes.
struct UtilityTests {
    @Test(arguments: [
        ([UInt8](), [UInt8](), true),
        ([1, 2, 3], [1, 2, 3], true),
        ([1, 2, 3], [1, 2, 4], false),
        ([9, 2, 3], [1, 2, 3], false),
        ([1, 2], [1, 2, 3], false),
    ])
    func constantTimeEquals(lhs: [UInt8], rhs: [UInt8], equal: Bool) {
        #expect(ConstantTime.equals(lhs, rhs) == equal)
    }

    @Test func hexRoundTrip() {
        let bytes: [UInt8] = [0, 1, 0x7f, 0x80, 0xab, 0xff]
        #expect(Hex.encode(bytes) == "00017f80abff")
        #expect(Hex.decode("00017F80abFF") == bytes)
    }

    @Test(arguments: ["0", "zz", "0g", "abc"])
    func hexRejects(text: String) {
        #expect(Hex.decode(text) == nil)
    }

    @Test func randomBytesHaveLengthAndVary() {
        let first = SecureRandom.bytes(count: 33)
        let second = SecureRandom.bytes(count: 33)
        #expect(first.count == 33)
        // A collision of 264 random bits would mean the source is broken.
        #expect(first != second)
        #expect(SecureRandom.bytes(count: 0).isEmpty)
    }
}
