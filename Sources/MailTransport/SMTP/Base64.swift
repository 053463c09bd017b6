/// RFC 4648 base64 with padding, for the AUTH exchanges: the only encoding SMTP itself needs
/// here, small enough not to pull in Foundation for it.
enum Base64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    static func encode(_ bytes: [UInt8]) -> String {
        var output: [UInt8] = []
        output.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index < bytes.count {
            let count = min(3, bytes.count - index)
            let first = UInt32(bytes[index]) << 16
            let second = count > 1 ? UInt32(bytes[index + 1]) << 8 : 0
            let third = count > 2 ? UInt32(bytes[index + 2]) : 0
            let group = first | second | third
            for position in 0..<4 {
                if position <= count {
                    output.append(alphabet[Int((group >> UInt32(18 - 6 * position)) & 0x3F)])
                } else {
                    output.append(UInt8(ascii: "="))
                }
            }
            index += 3
        }
        return String(decoding: output, as: UTF8.self)
    }
}
