/// One field to write, saying how a spreadsheet must read it.
///
/// The writer needs to know: a text that starts like a formula gets an
/// apostrophe (see ``FormulaGuard``), while a number such as `-3,5` must
/// reach the spreadsheet unchanged so that it can still be summed.
public enum CSVCell: Sendable, Hashable {
    /// Text from people or definitions: answers, labels, e-mail addresses, codes.
    case text(String)
    /// A number as the export formats it (`-12`, `3.5`, `3,5`, `1e-05`). Anything
    /// that does not look like a plain number is written as text instead, so a
    /// mislabelled cell can never carry a formula.
    case number(String)

    /// The content as it was given, before any formula guard.
    public var content: String {
        switch self {
        case .text(let text), .number(let text): text
        }
    }

    /// What goes into the file, before quoting: a plain number as it is, anything else guarded.
    var written: String {
        switch self {
        case .number(let text) where Self.isPlainNumber(text): text
        case .text(let text), .number(let text): FormulaGuard.neutralised(text)
        }
    }

    /// Whether `text` is `-?digits([.,]digits)?([eE][+-]?digits)?`, the only shapes the export writes.
    static func isPlainNumber(_ text: String) -> Bool {
        var bytes = text.utf8[...]
        func digits() -> Bool {
            let count = bytes.prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }.count
            bytes = bytes.dropFirst(count)
            return count > 0
        }
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        guard digits() else { return false }
        if let first = bytes.first, first == UInt8(ascii: ".") || first == UInt8(ascii: ",") {
            bytes = bytes.dropFirst()
            guard digits() else { return false }
        }
        if let first = bytes.first, first == UInt8(ascii: "e") || first == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
                bytes = bytes.dropFirst()
            }
            guard digits() else { return false }
        }
        return bytes.isEmpty
    }
}
