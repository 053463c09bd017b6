import StrictJSON

/// The one layout every definition file is written in, so that a diff between two versions shows
/// only what changed.
///
/// Keys follow the order of ``DefinitionKeys`` (unknown keys after them, as given); pages,
/// questions, participant fields and the report take one line per member; options, rows, rules,
/// language maps and other small values stay on one line when it fits ``width`` characters; an
/// array of objects or arrays takes one line per element. Two spaces indent, numbers as the loader
/// reads them, strings with ``JSON/writeString(_:to:)``, and a final newline.
public enum CanonicalDefinition {
    /// The widest line a value is joined into, in characters, indentation included and a trailing comma not.
    public static let width = 120

    /// The written bytes and where each value landed.
    public struct Output: Sendable {
        public let bytes: [UInt8]
        public let index: DefinitionIndex
    }

    /// Writes `json` in the canonical layout; nothing of it is lost, whatever it holds.
    public static func write(_ json: JSON) -> Output {
        var layout = CanonicalLayout()
        layout.write(json, shape: .survey, path: .root, keyOffset: nil)
        layout.endFile()
        return Output(bytes: layout.bytes, index: DefinitionIndex(bytes: layout.bytes, entries: layout.entries))
    }
}
