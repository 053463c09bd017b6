import Foundation

/// RFC 2047 encoded words for the subject, display names and other free-text header values.
///
/// Text is encoded only when it has to be: when it has characters beyond printable ASCII, holds
/// `=?` (which a reader would take for the start of an encoded word), or has a word too long to
/// fold. Then the whole text becomes `=?UTF-8?B?…?=` words: base64 (B) rather than Q because
/// its alphabet is safe in every place a word can stand, a display name included, and German
/// text with a few umlauts is barely longer in it. Each word holds whole characters (grapheme
/// clusters where they fit, never part of a scalar's UTF-8), is at most 75 characters long, and
/// the spaces of the text travel inside the words, since readers drop the space between two words.
public enum EncodedWord {
    /// The longest encoded word RFC 2047 §2 allows.
    public static let maximumLength = 75

    private static let prefix = "=?UTF-8?B?"
    private static let suffix = "?="

    /// The header field `name: text` with the text encoded where needed and folded to 78 characters
    /// a line (CRLF and a space between lines, no final CRLF). Line breaks and control characters
    /// in `text` become spaces, runs of whitespace one space.
    public static func encode(_ text: String, fieldName: String) -> String {
        HeaderFolding.field(fieldName, unstructuredTokens(text, fieldName: fieldName))
    }

    /// Tokens for an unstructured value (a subject), to be separated by single spaces.
    static func unstructuredTokens(_ text: String, fieldName: String) -> [String] {
        let flat = HeaderText.flattened(text)
        guard needsEncoding(flat) else { return flat.split(separator: " ").map(String.init) }
        // The first word is made to fit beside the field name, so the value starts on its first line.
        let room = HeaderFolding.lineLimit - fieldName.utf8.count - 2
        return words(flat, firstLength: min(room, maximumLength))
    }

    /// Tokens for a display name in a mailbox: atoms as they are, other ASCII as one quoted
    /// string, anything else encoded.
    static func phraseTokens(_ name: String) -> [String] {
        let flat = HeaderText.flattened(name)
        if !needsEncoding(flat) {
            let atoms = flat.split(separator: " ")
            if atoms.allSatisfy({ $0.unicodeScalars.allSatisfy(MailAddress.isAtext) }) { return atoms.map(String.init) }
            var quoted = "\""
            for scalar in flat.unicodeScalars {
                if scalar == "\"" || scalar == "\\" { quoted += "\\" }
                quoted.unicodeScalars.append(scalar)
            }
            quoted += "\""
            if quoted.utf8.count <= maximumLength { return [quoted] }
        }
        return words(flat, firstLength: maximumLength)
    }

    /// Whether text (already flattened) cannot stand in a header as it is.
    private static func needsEncoding(_ flat: String) -> Bool {
        flat.unicodeScalars.contains { !(0x20...0x7E).contains($0.value) } || flat.contains("=?")
            || flat.split(separator: " ").contains { $0.utf8.count > HeaderFolding.lineLimit - 1 }
    }

    /// The text as encoded words, the first at most `firstLength` characters, the others at most 75.
    static func words(_ text: String, firstLength: Int) -> [String] {
        var words: [String] = []
        var chunk: [UInt8] = []
        var limit = capacity(firstLength)
        if limit < 3 { limit = capacity(maximumLength) } // too little room: the first word goes on a line of its own
        func flush() {
            guard !chunk.isEmpty else { return }
            words.append(prefix + Data(chunk).base64EncodedString() + suffix)
            chunk = []
            limit = capacity(maximumLength)
        }
        for character in text {
            let bytes = Array(character.utf8)
            if bytes.count <= capacity(maximumLength) {
                if chunk.count + bytes.count > limit { flush() }
                chunk += bytes
                continue
            }
            // A cluster too long for one word (a long emoji sequence) is split between its scalars.
            for scalar in character.unicodeScalars {
                let scalarBytes = Array(String(scalar).utf8)
                if chunk.count + scalarBytes.count > limit { flush() }
                chunk += scalarBytes
            }
        }
        flush()
        return words
    }

    /// How many bytes a B-encoded word of at most `length` characters holds.
    private static func capacity(_ length: Int) -> Int {
        max(0, (length - prefix.utf8.count - suffix.utf8.count) / 4 * 3)
    }
}
