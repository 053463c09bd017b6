/// Message-IDs (RFC 5322 §3.6.4): `<random@domain>`, unique without any state to keep.
public enum MessageID {
    /// A new id with 128 random bits in hex, e.g. `<3f9c…@gs-nord.example>`.
    ///
    /// The domain should be the sender's (``MailAddress/domain``); characters that cannot stand
    /// in a dot-atom are left out, and an empty remainder becomes `localhost`, so the id is always
    /// well-formed.
    public static func generate(domain: String) -> String {
        var generator = SystemRandomNumberGenerator()
        return generate(domain: domain, using: &generator)
    }

    /// ``generate(domain:)`` with the random numbers from `generator`, for reproducible tests.
    package static func generate(domain: String, using generator: inout some RandomNumberGenerator) -> String {
        let random = (0..<2).map { _ in hex(generator.next() as UInt64) }.joined()
        let safe = String(
            String.UnicodeScalarView(domain.unicodeScalars.filter { $0 == "." || MailAddress.isAtext($0) }))
        let dotAtom = safe.split(separator: ".").joined(separator: ".")
        return "<\(random)@\(dotAtom.isEmpty ? "localhost" : dotAtom)>"
    }

    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
