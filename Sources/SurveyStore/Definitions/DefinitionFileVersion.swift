/// One kept version of a definition file, as the history lists it.
public struct DefinitionFileVersion: Sendable, Hashable {
    /// SHA-256 hex of the bytes, see ``DefinitionVersion``.
    public let version: String
    /// When this version was written, or first found on disk when it was written by hand.
    public let savedAt: Timestamp
    /// Who saved it; nil for a version written outside the designer (by hand, by `survey fmt`, shipped).
    public let author: String?
    /// The name of the file under `.history/<id>/` that holds its bytes.
    public let fileName: String
}
