import Markup

/// The parts every table of the report is made of, written the same way everywhere:
/// a caption, a header row, and rows with a heading cell and right-aligned figures.
enum ReportTable {
    static let columnScope = HTMLAttribute("scope", "col")
    static let rowScope = HTMLAttribute("scope", "row")
    /// Right-aligned figures.
    static let number = HTMLAttribute("class", "n")

    /// A table with its caption; `content` writes the head and body.
    static func write(caption: String, into html: inout HTMLBuilder, _ content: (inout HTMLBuilder) -> Void) {
        html.element("table") { html in
            html.newline()
            html.element("caption", text: caption)
            html.newline()
            content(&html)
        }
        html.newline()
    }

    /// A header row: `first` above the row headings, then one heading per figure column.
    static func head(_ first: String, _ columns: [String], into html: inout HTMLBuilder) {
        html.element("thead") { html in
            html.element("tr") { html in
                html.element("th", [columnScope], text: first)
                for column in columns { html.element("th", [columnScope, number], text: column) }
            }
        }
    }

    /// A figure column's heading with its unit on a second line (`Gesamt` / `n`).
    static func numberHeader(_ label: String, unit: String, into html: inout HTMLBuilder) {
        html.element("th", [columnScope, number]) { html in
            html.text(label)
            html.void("br", [])
            html.text(unit)
        }
    }

    /// The body; `content` writes the rows.
    static func body(into html: inout HTMLBuilder, _ content: (inout HTMLBuilder) -> Void) {
        html.newline()
        html.element("tbody") { html in
            html.newline()
            content(&html)
        }
        html.newline()
    }

    /// A row: its heading, then one right-aligned cell per figure.
    static func row(_ heading: String, _ cells: [String], class rowClass: String? = nil, into html: inout HTMLBuilder) {
        html.element("tr", [HTMLAttribute("class", rowClass)]) { html in
            html.element("th", [rowScope], text: heading)
            for cell in cells { html.element("td", [number], text: cell) }
        }
        html.newline()
    }
}
