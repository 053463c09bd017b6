import Glibc

/// The lines a reader has not yet applied.
struct NewLines {
    /// Complete lines after the offset read from, without their newlines.
    let lines: [ArraySlice<UInt8>]
    /// The offset just after the last complete line.
    let end: Int
    /// Bytes after the last newline: a line being written, or torn by a crash.
    let tornLength: Int

    /// Reads `path` from `offset`; a missing file has no lines.
    init(of path: String, from offset: Int) throws(FileError) {
        guard FileSystem.exists(path) else {
            self.init(lines: [], end: offset, tornLength: 0)
            return
        }
        let bytes = try POSIXFile(path: path, flags: O_RDONLY | O_CLOEXEC).readToEnd(from: offset)
        guard let lastNewline = bytes.lastIndex(of: UInt8(ascii: "\n")) else {
            self.init(lines: [], end: offset, tornLength: bytes.count)
            return
        }
        self.init(
            lines: Array(
                bytes[...lastNewline].split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).dropLast()),
            end: offset + lastNewline + 1, tornLength: bytes.count - lastNewline - 1)
    }

    private init(lines: [ArraySlice<UInt8>], end: Int, tornLength: Int) {
        self.lines = lines
        self.end = end
        self.tornLength = tornLength
    }
}
