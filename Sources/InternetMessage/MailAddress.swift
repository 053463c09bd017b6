import Foundation

/// One mailbox: an address and the name shown beside it.
///
/// Checked strictly when made, so that nothing later has to: the address is a dot-atom local part,
/// an @ and a domain of letters, digits and hyphens. Quoted local parts, domain literals and
/// non-ASCII local parts are refused (few offices use them, and not every server takes them);
/// internationalised domain names are accepted and stored in their ASCII form (`xn--…`), which
/// every mail server understands. No part may hold a line break or another control character, so
/// a mailbox can never start a header line of its own.
public struct MailAddress: Sendable, Hashable, CustomStringConvertible {
    /// The addr-spec in ASCII, e.g. `sekretariat@gs-nord.example`; the domain lower-cased.
    public let address: String
    /// The name shown beside the address, trimmed; nil when none or blank.
    public let displayName: String?

    /// The longest display name accepted, in characters.
    public static let maximumDisplayNameLength = 200

    /// Checks `address` and `displayName`.
    /// - Throws: the first problem found, with the input it was found in.
    public init(_ address: String, displayName: String? = nil) throws(MailAddressError) {
        self.address = try Self.checkedAddress(address)
        self.displayName = try displayName.flatMap { name throws(MailAddressError) in try Self.checkedName(name) }
    }

    public var description: String {
        guard let displayName else { return address }
        return "\(displayName) <\(address)>"
    }

    /// The part after the @, in ASCII.
    public var domain: String { String(address[address.index(after: address.lastIndex(of: "@")!)...]) }

    private static func checkedName(_ name: String) throws(MailAddressError) -> String? {
        if let control = name.unicodeScalars.first(where: HeaderText.isLineBreakOrControl) {
            throw MailAddressError(input: name, reason: .displayNameControlCharacter(control))
        }
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return nil }
        guard trimmed.count <= maximumDisplayNameLength else {
            throw MailAddressError(input: name, reason: .displayNameTooLong(characters: trimmed.count))
        }
        return trimmed
    }

    private static func checkedAddress(_ input: String) throws(MailAddressError) -> String {
        func fail(_ reason: MailAddressError.Reason) -> MailAddressError {
            MailAddressError(input: input, reason: reason)
        }
        guard !input.isEmpty else { throw fail(.empty) }
        if let control = input.unicodeScalars.first(where: HeaderText.isLineBreakOrControl) {
            throw fail(.controlCharacter(control))
        }
        guard !input.unicodeScalars.contains(where: \.properties.isWhitespace) else { throw fail(.whitespace) }
        let parts = input.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count >= 2 else { throw fail(.missingAt) }
        guard parts.count == 2 else { throw fail(.moreThanOneAt) }
        let (local, domain) = (parts[0], parts[1])
        guard !local.isEmpty else { throw fail(.emptyLocalPart) }
        guard !domain.isEmpty else { throw fail(.emptyDomain) }
        if let reason = localPartProblem(local) { throw fail(reason) }
        let asciiDomain = try DomainName.ascii(domain, of: input)
        let address = "\(local)@\(asciiDomain)"
        guard address.utf8.count <= 254 else { throw fail(.addressTooLong(bytes: address.utf8.count)) }
        return address
    }

    private static func localPartProblem(_ local: Substring) -> MailAddressError.Reason? {
        if !local.unicodeScalars.allSatisfy(\.isASCII) { return .nonASCIILocalPart }
        if let bad = local.unicodeScalars.first(where: { $0 != "." && !isAtext($0) }) {
            return .invalidLocalCharacter(bad)
        }
        if local.hasPrefix(".") || local.hasSuffix(".") || local.contains("..") { return .misplacedDot }
        if local.utf8.count > 64 { return .localPartTooLong(bytes: local.utf8.count) }
        return nil
    }

    /// RFC 5322 atext: letters, digits and ``!#$%&'*+-/=?^_`{|}~``.
    static func isAtext(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9": true
        default: "!#$%&'*+-/=?^_`{|}~".unicodeScalars.contains(scalar)
        }
    }
}
