/// Why ``DefinitionFiles`` refused or failed to change a definition.
public enum DefinitionFileError: Error, Sendable, Equatable {
    /// The file changed since the caller read version `expected`; `current` is what is there now,
    /// so the caller can show what the other person changed.
    case conflict(expected: String, currentVersion: String, currentBytes: [UInt8])
    /// `create` was asked for an id that already has a file.
    case exists(id: String)
    /// No definition file with this id.
    case notFound(id: String)
    /// The id is not a survey id (`[a-z0-9][a-z0-9-]*`), so it can never name a file.
    case invalidID(String)
    /// The history of `id` holds no version with this hash.
    case unknownVersion(id: String, version: String)
    /// Reading or writing a file failed.
    case file(FileError)
}
