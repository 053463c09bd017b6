/// Percent-decoding of our own, with the choice of `+` meaning space (forms) or not (paths).
enum PercentDecoding {
    /// Decodes `bytes`; the result must be UTF-8. Offsets in errors index into `bytes`' base.
    static func decode(_ bytes: ArraySlice<UInt8>, plusAsSpace: Bool) throws(FormDecodingError) -> String {
        var decoded: [UInt8] = []
        decoded.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%") {
                guard index + 2 < bytes.endIndex, let high = ASCII.hexValue(bytes[index + 1]),
                    let low = ASCII.hexValue(bytes[index + 2])
                else { throw .invalidPercentEncoding(offset: index) }
                decoded.append(UInt8(high << 4 | low))
                index += 3
            } else {
                decoded.append(plusAsSpace && byte == UInt8(ascii: "+") ? ASCII.space : byte)
                index += 1
            }
        }
        guard let text = String(validating: decoded, as: UTF8.self) else {
            throw .invalidUTF8(offset: bytes.startIndex)
        }
        return text
    }
}
