/// A plausibility check of e-mail addresses, strict enough to catch typing mistakes.
///
/// It accepts `local@domain.tld` with no spaces, one `@`, a dot in the domain and
/// no empty domain labels; whether the mailbox exists only sending a mail can tell.
enum EmailAddress {
    /// The longest address SMTP can carry (RFC 5321).
    static let maximumLength = 254

    /// Whether `text` looks like an e-mail address.
    static func isPlausible(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count <= maximumLength, scalars.count(where: { $0 == "@" }) == 1,
            let at = scalars.firstIndex(of: "@")
        else { return false }
        let local = scalars[..<at]
        let domain = scalars[(at + 1)...]
        let forbidden: Set<Unicode.Scalar> = ["<", ">", "(", ")", "[", "]", ",", ";", ":", "\\", "\""]
        guard !local.isEmpty, local.count <= 64, local.first != ".", local.last != ".",
            !scalars.contains(where: { $0.properties.isWhitespace || forbidden.contains($0) })
        else { return false }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2
            && labels.allSatisfy { label in
                !label.isEmpty && label.first != "-" && label.last != "-"
                    && label.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" }
            }
    }
}
