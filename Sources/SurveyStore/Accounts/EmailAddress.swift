/// An account's e-mail address: trimmed, lower-cased and checked for a plausible shape.
///
/// The address is the name people sign in with, so two spellings of one
/// address ("Anna.Meier@Kreis.de", "anna.meier@kreis.de ") must be one
/// account. The check is deliberately loose (one `@`, a dot in the domain, no
/// spaces or control characters): the invitation link proves the address works.
public enum EmailAddress {
    /// The sign-in name of the first admin account, made from the old shared
    /// office password or by `serve` on an empty folder, before anyone has an address.
    public static let firstAdmin = "admin"

    /// The normalised address, or nil when `text` cannot be one.
    public static func normalised(_ text: String) -> String? {
        var scalars = Substring(text).unicodeScalars[...]
        while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        let address = String(String.UnicodeScalarView(scalars)).lowercased()
        if address == firstAdmin { return address }
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard address.utf8.count <= 254, parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
            !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
            address.unicodeScalars.allSatisfy({
                !$0.properties.isWhitespace && $0.value > 0x1F && !(0x7F...0x9F).contains($0.value)
            })
        else { return nil }
        return address
    }
}
