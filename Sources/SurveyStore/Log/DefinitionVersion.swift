import CryptoPrimitives

/// The version of a survey definition that records name: SHA-256 hex of the file's bytes.
///
/// Hashing the bytes rather than the parsed model means any edit, even of a
/// label, gives a new version, so a record always points at exactly the text
/// its answers were checked against.
public enum DefinitionVersion {
    /// The version of a definition file with content `bytes`.
    public static func of(_ bytes: [UInt8]) -> String {
        Hex.encode(SHA256.hash(bytes))
    }
}
