/// Writes one header field from tokens, folding lines so that none exceeds 78 characters.
///
/// Tokens are pieces that must stay whole (a word, an encoded word, `<address>,`); a single
/// space separates them, and a fold (CRLF and that space) may replace it. Every token is ASCII,
/// so characters and octets are the same count.
enum HeaderFolding {
    /// The recommended limit of RFC 5322 §2.1.1, without the CRLF.
    static let lineLimit = 78

    /// `Name: token token…` with CRLF folds, without the final CRLF.
    static func field(_ name: String, _ tokens: [String]) -> String {
        var result = name + ":"
        var lineLength = result.utf8.count
        for token in tokens {
            let length = token.utf8.count
            // A fold right after another would leave a line of nothing but a space, which RFC 5322
            // forbids; callers keep tokens short enough that it never comes to that.
            if lineLength + 1 + length > lineLimit && lineLength > 1 {
                result += "\r\n "
                lineLength = 1
            } else {
                result += " "
                lineLength += 1
            }
            result += token
            lineLength += length
        }
        return result
    }
}
