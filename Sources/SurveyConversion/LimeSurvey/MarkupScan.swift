/// Markup the parser is never given: a document type declaration (so no entity is ever
/// declared, expanded or fetched) and processing instructions (Foundation's XMLParser
/// crashes on one without data, `<?x?>`). Comments and CDATA sections are skipped, since
/// `<?` or `<!DOCTYPE` inside them is text. Linear in the input.
enum MarkupScan {
    static func check(_ bytes: [UInt8]) throws(LimeSurveyError) {
        var line = 1
        var index = 0
        func skip(past end: [UInt8]) {
            while index < bytes.count, bytes[index] != end[0] || !bytes[index...].starts(with: end) {
                if bytes[index] == UInt8(ascii: "\n") { line += 1 }
                index += 1
            }
            index += end.count
        }
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else {
                if bytes[index] == UInt8(ascii: "\n") { line += 1 }
                index += 1
                continue
            }
            let rest = bytes[index...]
            if rest.starts(with: commentStart) {
                skip(past: commentEnd)
            } else if rest.starts(with: cdataStart) {
                skip(past: cdataEnd)
            } else if rest.starts(with: doctype) {
                throw .documentTypeDeclaration(line: line)
            } else if rest.starts(with: instruction) {
                throw .processingInstruction(line: line)
            } else {
                index += 1
            }
        }
    }

    private static let commentStart = Array("<!--".utf8)
    private static let commentEnd = Array("-->".utf8)
    private static let cdataStart = Array("<![CDATA[".utf8)
    private static let cdataEnd = Array("]]>".utf8)
    private static let doctype = Array("<!DOCTYPE".utf8)
    private static let instruction = Array("<?".utf8)
}
