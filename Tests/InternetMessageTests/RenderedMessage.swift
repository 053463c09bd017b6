import Foundation
import InternetMessage

/// A rendered message taken apart the way a reader does, for checks on its header block.
struct RenderedMessage {
    /// The header block's physical lines, without CRLF.
    let headerLines: [String]
    /// The fields after unfolding: name and value as written (encoded words left encoded).
    let fields: [(name: String, value: String)]
    /// Everything after the blank line.
    let body: String

    init(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        let head: Substring
        if let blank = text.range(of: "\r\n\r\n") {
            head = text[..<blank.lowerBound]
            body = String(text[blank.upperBound...])
        } else {
            (head, body) = (Substring(text), "")
        }
        headerLines = head.components(separatedBy: "\r\n")
        var fields: [(name: String, value: String)] = []
        for line in headerLines {
            if line.hasPrefix(" ") || line.hasPrefix("\t"), !fields.isEmpty {
                fields[fields.count - 1].value += line
            } else {
                let colon = line.firstIndex(of: ":") ?? line.endIndex
                let value = line[colon...].dropFirst().drop { $0 == " " }
                fields.append((String(line[..<colon]), String(value)))
            }
        }
        self.fields = fields
    }

    /// The unfolded value of the first field called `name`.
    func value(_ name: String) -> String? {
        fields.first { $0.name.lowercased() == name.lowercased() }?.value
    }
}
