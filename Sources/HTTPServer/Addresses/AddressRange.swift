/// A single address or a CIDR network such as `10.0.0.0/8` or `2001:db8::/32`.
public struct AddressRange: Hashable, Sendable, CustomStringConvertible {
    /// The first address of the range.
    public let network: IPAddress
    /// The prefix length in the address's own family (32 or 128 for a single address).
    public let prefixLength: Int

    /// Parses `address` or `address/prefix`; host bits below the prefix are ignored,
    /// so `10.1.2.3/8` means `10.0.0.0/8`.
    /// - Returns: nil for anything that is not an IP literal with an optional prefix in range.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        guard let first = parts.first, let address = IPAddress(first) else { return nil }
        let longest = address.isIPv4 ? 32 : 128
        var length = longest
        if parts.count == 2 {
            let digits = parts[1]
            guard !digits.isEmpty, digits.count <= 3, digits.allSatisfy(\.isASCIIDigit), let parsed = Int(digits),
                parsed <= longest
            else { return nil }
            length = parsed
        }
        network = address.network(prefixLength: length)
        prefixLength = length
    }

    /// Whether `address` lies in the range; an IPv4 range never holds an IPv6 address, and the reverse.
    public func contains(_ address: IPAddress) -> Bool {
        address.isIPv4 == network.isIPv4 && address.network(prefixLength: prefixLength) == network
    }

    /// `network/prefix`, as given on the command line.
    public var description: String { "\(network)/\(prefixLength)" }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
