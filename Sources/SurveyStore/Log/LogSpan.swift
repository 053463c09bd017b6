/// Where one record's line lies in the log, so it can be read again without holding it in memory.
struct LogSpan: Sendable, Hashable {
    /// Byte offset of the line's first byte.
    let offset: Int
    /// Length of the line without its newline.
    let length: Int
}
