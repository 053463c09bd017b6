import Foundation

extension EncodedWord {
    /// A header value as a reader shows it: folds undone, encoded words (B or Q, in UTF-8,
    /// US-ASCII, ISO-8859-1 or ISO-8859-2) decoded, and the whitespace between two encoded words
    /// dropped (RFC 2047 §6.2). Text that only looks like an encoded word is kept as it is.
    ///
    /// For tests and checks of what this module writes; a message reader would need more.
    /// - Returns: the text, or nil for an encoded word in another charset or with a broken payload.
    public static func decode(_ value: String) -> String? {
        let unfolded = value.replacingOccurrences(of: "\r\n", with: "").replacingOccurrences(of: "\n", with: "")
        var result = ""
        var pendingSpace = ""
        var previousWasEncoded = false
        var rest = Substring(unfolded)
        while !rest.isEmpty {
            if let (word, after) = parseWord(rest) {
                guard let text = word.text else { return nil }
                if !previousWasEncoded { result += pendingSpace }
                result += text
                pendingSpace = ""
                previousWasEncoded = true
                rest = after
            } else if rest.first == " " || rest.first == "\t" {
                pendingSpace.append(rest.removeFirst())
            } else {
                result += pendingSpace
                pendingSpace = ""
                result.append(rest.removeFirst())
                previousWasEncoded = false
            }
        }
        return result + pendingSpace
    }

    private struct ParsedWord {
        let charset: String
        let bytes: [UInt8]?

        var text: String? {
            guard let bytes else { return nil }
            switch charset {
            case "utf-8": return String(validating: bytes, as: UTF8.self)
            case "us-ascii": return bytes.allSatisfy { $0 < 0x80 } ? String(decoding: bytes, as: UTF8.self) : nil
            case "iso-8859-1": return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
            case "iso-8859-2": return String(bytes: bytes, encoding: .isoLatin2)
            default: return nil
            }
        }
    }

    /// `=?charset?encoding?text?=` at the start of `text`, and what follows it.
    private static func parseWord(_ text: Substring) -> (ParsedWord, Substring)? {
        guard text.hasPrefix("=?") else { return nil }
        let fields = text.dropFirst(2).split(separator: "?", maxSplits: 3, omittingEmptySubsequences: false)
        guard fields.count == 4, fields[3].hasPrefix("="), !fields[0].isEmpty,
            !fields[2].contains(" "), !fields[2].contains("\t")
        else { return nil }
        // RFC 2231 allows a language after the charset: `=?US-ASCII*EN?Q?…?=`.
        let charset = fields[0].split(separator: "*", maxSplits: 1).first.map { $0.lowercased() } ?? ""
        let payload = fields[2]
        let bytes: [UInt8]?
        switch fields[1].lowercased() {
        case "b": bytes = Data(base64Encoded: String(payload)).map { Array($0) }
        case "q": bytes = decodeQ(payload)
        default: return nil
        }
        return (ParsedWord(charset: charset, bytes: bytes), fields[3].dropFirst())
    }

    private static func decodeQ(_ payload: Substring) -> [UInt8]? {
        var bytes: [UInt8] = []
        var iterator = payload.utf8.makeIterator()
        while let byte = iterator.next() {
            switch byte {
            case UInt8(ascii: "_"): bytes.append(0x20)
            case UInt8(ascii: "="):
                guard let high = iterator.next().flatMap(QuotedPrintable.hexValue),
                    let low = iterator.next().flatMap(QuotedPrintable.hexValue)
                else { return nil }
                bytes.append(high << 4 | low)
            default: bytes.append(byte)
            }
        }
        return bytes
    }
}
