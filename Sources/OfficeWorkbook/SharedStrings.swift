import Markup

/// The workbook's shared string table (`xl/sharedStrings.xml`): each distinct text once, cells refer
/// to it by index. Codes, labels and yes/no texts repeat in every row, so this keeps files small.
struct SharedStrings {
    private var indices: [String: Int] = [:]
    private var texts: [String] = []
    /// How many cells refer to the table.
    private var references = 0

    /// The index of `text`, added when new.
    mutating func index(of text: String) -> Int {
        references += 1
        if let index = indices[text] { return index }
        indices[text] = texts.count
        texts.append(text)
        return texts.count - 1
    }

    /// The part's XML.
    var xml: [UInt8] {
        var output = Array(OfficeXML.declaration.utf8)
        output += Array(
            "<sst xmlns=\"\(OfficeXML.spreadsheetNamespace)\" count=\"\(references)\" uniqueCount=\"\(texts.count)\">"
                .utf8)
        for text in texts {
            // Leading or trailing spaces and line breaks are kept only where the element says so.
            output += Array("<si><t xml:space=\"preserve\">".utf8)
            SpreadsheetText.escape(text, into: &output)
            output += Array("</t></si>".utf8)
        }
        output += Array("</sst>".utf8)
        return output
    }
}
