import StrictJSON

extension PositionalFile {
    /// Reads back the record whose line lies at `span` of the log at `path` (named in errors).
    ///
    /// - Throws: ``StoreError/file(_:)`` when the log cannot be read, or
    ///   ``StoreError/damagedLine(file:line:reason:)`` (line 0: unknown) if the bytes are no longer a record.
    func record(at span: LogSpan, of path: String, keepAnswers: Bool) throws(StoreError) -> ResponseRecord {
        let bytes: [UInt8]
        do {
            bytes = try read(count: span.length, at: span.offset)
        } catch {
            throw .file(error)
        }
        do {
            return try ResponseRecord(decoding: JSONDocument(parsing: bytes).root, keepAnswers: keepAnswers)
        } catch {
            throw .damagedLine(
                file: path, line: 0, reason: "the record at byte \(span.offset) cannot be read back: \(error)")
        }
    }
}
