extension JSON {
    /// Compact JSON text: no spaces, members in order, non-ASCII as UTF-8.
    public func serialized() -> String {
        var bytes: [UInt8] = []
        write(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the compact UTF-8 encoding of this value to `bytes`.
    public func write(to bytes: inout [UInt8]) {
        switch self {
        case .null: bytes.append(contentsOf: "null".utf8)
        case .bool(let value): bytes.append(contentsOf: (value ? "true" : "false").utf8)
        case .number(let value): JSON.writeNumber(value, to: &bytes)
        case .string(let text): JSON.writeString(text, to: &bytes)
        case .array(let elements):
            bytes.append(UInt8(ascii: "["))
            for (position, element) in elements.enumerated() {
                if position > 0 { bytes.append(UInt8(ascii: ",")) }
                element.write(to: &bytes)
            }
            bytes.append(UInt8(ascii: "]"))
        case .object(let fields):
            bytes.append(UInt8(ascii: "{"))
            for (position, field) in fields.enumerated() {
                if position > 0 { bytes.append(UInt8(ascii: ",")) }
                JSON.writeString(field.key, to: &bytes)
                bytes.append(UInt8(ascii: ":"))
                field.value.write(to: &bytes)
            }
            bytes.append(UInt8(ascii: "}"))
        }
    }

    /// Writes integers without a fraction and other numbers in their shortest
    /// round-tripping form. JSON has no NaN or infinity: those become `null`.
    static func writeNumber(_ value: Double, to bytes: inout [UInt8]) {
        guard value.isFinite else {
            bytes.append(contentsOf: "null".utf8)
            return
        }
        if value == value.rounded(), abs(value) < 9_007_199_254_740_992, let integer = Int(exactly: value) {
            bytes.append(contentsOf: String(integer).utf8)
        } else {
            bytes.append(contentsOf: value.description.utf8)
        }
    }

    /// Writes `text` as a JSON string, escaping quotes, backslashes and control characters.
    public static func writeString(_ text: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        let utf8 = text.utf8
        func needsEscape(_ byte: UInt8) -> Bool {
            byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
        }
        // Most text needs no escaping: copy it in one go. The check reads the string's own bytes where it
        // has them; walking the UTF-8 view byte by byte was a fifth of a bulk append's encoding.
        let clean =
            utf8.withContiguousStorageIfAvailable { !$0.contains(where: needsEscape) }
            ?? !utf8.contains(where: needsEscape)
        if clean {
            bytes.append(contentsOf: utf8)
            bytes.append(UInt8(ascii: "\""))
            return
        }
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): bytes.append(contentsOf: "\\\\".utf8)
            case 0x0A: bytes.append(contentsOf: "\\n".utf8)
            case 0x0D: bytes.append(contentsOf: "\\r".utf8)
            case 0x09: bytes.append(contentsOf: "\\t".utf8)
            case 0x00..<0x20:
                bytes.append(contentsOf: "\\u\(hex4(UInt32(byte)).lowercased())".utf8)
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
