import CSystem
import Glibc

/// An IPv4 or IPv6 address as 128 bits; IPv4 is held in its IPv4-mapped form (`::ffff:a.b.c.d`).
///
/// One representation for both families makes a network prefix (`/24`, `/64`)
/// a plain bit mask, and lets a dual-stack listener's `::ffff:192.0.2.1` count,
/// and show, as the IPv4 client it is.
public struct IPAddress: Hashable, Sendable, CustomStringConvertible {
    /// The upper and lower 64 bits, most significant bit first as on the wire.
    private let high: UInt64
    private let low: UInt64

    /// The unspecified address `::`, for a peer whose address family is unknown.
    static let unspecified = IPAddress(high: 0, low: 0)

    private init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    /// Parses an IPv4 literal (`192.0.2.1`) or an IPv6 literal (`2001:db8::1`); nil for anything else.
    public init?(_ text: some StringProtocol) {
        let text = String(text)
        // A NUL would end the C string early and let "1.2.3.4\0junk" pass.
        guard !text.utf8.contains(0) else { return nil }
        var v4 = in_addr()
        var v6 = in6_addr()
        if inet_pton(AF_INET, text, &v4) == 1 {
            self = withUnsafeBytes(of: &v4) { IPAddress(ipv4Bytes: $0) }
        } else if inet_pton(AF_INET6, text, &v6) == 1 {
            self = withUnsafeBytes(of: &v6) { IPAddress(ipv6Bytes: $0) }
        } else {
            return nil
        }
    }

    /// The address of a socket peer as `accept` reports it; `::` for a family other than IPv4 and IPv6.
    init(socketAddress storage: sockaddr_storage) {
        var storage = storage
        let family = Int32(storage.ss_family)
        self = withUnsafeBytes(of: &storage) { raw in
            switch family {
            case AF_INET:
                let offset = MemoryLayout<sockaddr_in>.offset(of: \.sin_addr) ?? 4
                return IPAddress(ipv4Bytes: UnsafeRawBufferPointer(rebasing: raw[offset..<offset + 4]))
            case AF_INET6:
                let offset = MemoryLayout<sockaddr_in6>.offset(of: \.sin6_addr) ?? 8
                return IPAddress(ipv6Bytes: UnsafeRawBufferPointer(rebasing: raw[offset..<offset + 16]))
            default:
                return .unspecified
            }
        }
    }

    private init(ipv4Bytes bytes: UnsafeRawBufferPointer) {
        self.init(high: 0, low: 0xFFFF_0000_0000 | Self.bigEndianValue(bytes))
    }

    private init(ipv6Bytes bytes: UnsafeRawBufferPointer) {
        self.init(
            high: Self.bigEndianValue(UnsafeRawBufferPointer(rebasing: bytes.prefix(8))),
            low: Self.bigEndianValue(UnsafeRawBufferPointer(rebasing: bytes.dropFirst(8))))
    }

    private static func bigEndianValue(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        bytes.reduce(0) { $0 << 8 | UInt64($1) }
    }

    /// Whether this is an IPv4 address (or an IPv4-mapped IPv6 one, which is the same client).
    public var isIPv4: Bool { high == 0 && low >> 32 == 0xFFFF }

    /// The network of `prefixLength` bits that holds this address, as its first address.
    ///
    /// `prefixLength` counts in the address's own family: 0...32 for IPv4, 0...128 for IPv6.
    public func network(prefixLength: Int) -> IPAddress {
        masked(keepingBits: isIPv4 ? 96 + min(max(prefixLength, 0), 32) : prefixLength)
    }

    /// The address with only its first `bits` of 128 kept.
    func masked(keepingBits bits: Int) -> IPAddress {
        let bits = min(max(bits, 0), 128)
        // Smart shifts: shifting by 64 or more gives 0, so the masks need no special cases.
        let highMask = ~(UInt64.max >> min(bits, 64))
        let lowMask = ~(UInt64.max >> max(bits - 64, 0))
        return IPAddress(high: high & highMask, low: low & lowMask)
    }

    /// The usual text form: `192.0.2.1`, `2001:db8::1`.
    public var description: String {
        var text = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN) + 1)
        var bytes = [UInt8](repeating: 0, count: 16)
        for index in 0..<8 {
            bytes[index] = UInt8(truncatingIfNeeded: high >> (56 - 8 * index))
            bytes[8 + index] = UInt8(truncatingIfNeeded: low >> (56 - 8 * index))
        }
        let ok = bytes.withUnsafeBytes { raw -> Bool in
            guard let base = raw.baseAddress else { return false }
            return isIPv4
                ? inet_ntop(AF_INET, base + 12, &text, socklen_t(text.count)) != nil
                : inet_ntop(AF_INET6, base, &text, socklen_t(text.count)) != nil
        }
        guard ok else { return "-" }
        return String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
