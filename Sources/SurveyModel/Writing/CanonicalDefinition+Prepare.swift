import StrictJSON

extension CanonicalDefinition {
    /// A would-be definition: its canonical bytes, what the loader says about exactly those bytes,
    /// and where each value lies in them.
    public struct Prepared: Sendable {
        public let bytes: [UInt8]
        public let result: SurveyLoadResult
        public let index: DefinitionIndex
    }

    /// Writes `json` canonically and loads the bytes, so every caller checks what will be on disk.
    ///
    /// - Parameter file: the name diagnostics show; by default `<id>.json` from the definition's own id,
    ///   so the loader's check that file name and id agree holds.
    public static func prepare(json: JSON, file: String? = nil) -> Prepared {
        let output = write(json)
        let name = file ?? ((json["id"]?.string ?? "survey") + ".json")
        return Prepared(bytes: output.bytes, result: Survey.load(bytes: output.bytes, file: name), index: output.index)
    }
}
