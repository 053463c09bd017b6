/// Boundaries between the parts of a `multipart/alternative` body.
///
/// A boundary must not occur in any part. Every part is quoted-printable, whose output never holds
/// `=_` (an `=` is always followed by two hex digits or a line break), so a boundary starting with
/// `=_` cannot occur there, whatever the text; the random rest keeps nested or forwarded
/// messages apart.
enum MIMEBoundary {
    static func random(using generator: inout some RandomNumberGenerator) -> String {
        "=_" + (0..<2).map { _ in MessageID.hex(generator.next() as UInt64) }.joined()
    }
}
