import Markup

/// A plain-text table for the terminal: first column left-aligned, the others right-aligned.
///
/// Cells hold labels from definitions and answers, so each is written on one
/// line with its control characters shown escaped.
struct TextTable {
    var header: [String]
    var rows: [[String]] = []

    /// The table as lines, columns separated by two spaces; widths count characters.
    func render(indent: String = "  ") -> String {
        let all = ([header] + rows).map { $0.map(TerminalEscaper.escape) }
        let columns = all.map(\.count).max() ?? 0
        let widths = (0..<columns).map { column in
            all.map { $0.indices.contains(column) ? $0[column].count : 0 }.max() ?? 0
        }
        return all.map { row in
            let cells = (0..<columns).map { column -> String in
                let text = row.indices.contains(column) ? row[column] : ""
                let padding = String(repeating: " ", count: widths[column] - text.count)
                return column == 0 ? text + padding : padding + text
            }
            return indent + cells.joined(separator: "  ").replacing(/\s+$/, with: "")
        }.joined(separator: "\n")
    }
}
