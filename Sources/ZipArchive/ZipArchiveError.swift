/// Why an archive cannot be written. The writer has no ZIP64 extensions, so each limit of the
/// classic format is a refusal rather than a file that readers would misread.
package enum ZipArchiveError: Error, Sendable, Hashable {
    /// An entry or the archive as a whole would pass 4 GiB (the format's 32-bit sizes and offsets).
    case tooLarge(entry: String)
    /// More entries than the 16-bit count holds (65,535 marks a ZIP64 archive, so 65,534 at most).
    case tooManyEntries
    /// A name longer than 65,535 bytes in UTF-8.
    case nameTooLong(String)
    /// An empty name, or one already in the archive.
    case invalidName(String)
}

extension ZipArchiveError: CustomStringConvertible {
    /// The reason in English, naming the entry; the command line adds its own German and English text.
    package var description: String {
        switch self {
        case .tooLarge(let entry): "ZIP entry “\(entry)” makes the archive larger than 4 GiB (no ZIP64 support)"
        case .tooManyEntries: "more than 65,534 ZIP entries (no ZIP64 support)"
        case .nameTooLong(let name): "ZIP entry name longer than 65,535 bytes: “\(name.prefix(80))…”"
        case .invalidName(let name): "ZIP entry name empty or used twice: “\(name)”"
        }
    }
}
