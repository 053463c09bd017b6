import Foundation
import FoundationXML

/// Reads the tables of a `.lss` file with the streaming `XMLParser`, without building a tree.
///
/// Document type declarations are refused before the parser starts, so no entity is ever
/// declared, let alone expanded, and nothing outside the file is loaded.
enum LSSReader {
    static func read(_ bytes: [UInt8]) throws(LimeSurveyError) -> LSSTables {
        // Foundation's XMLParser traps on element names that are not UTF-8, so those never reach it.
        if let line = Self.firstLineNotUTF8(bytes) { throw .notUTF8(line: line) }
        let blanked = try XMLDeclaration.blanked(bytes)
        try MarkupScan.check(blanked)
        let parser = XMLParser(data: Data(blanked))
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        let collector = TableCollector()
        parser.delegate = collector
        let parsed = parser.parse()
        if let error = collector.error { throw error }
        // `parse()` may report success after an error it recovered from, so both are checked.
        guard parsed, parser.parserError == nil else {
            throw .malformed(line: max(1, parser.lineNumber), column: max(1, parser.columnNumber))
        }
        guard collector.sawRoot else { throw .malformed(line: 1, column: 1) }
        return collector.tables
    }
}

extension LSSReader {
    /// The line of the first byte sequence that is not UTF-8 (or is NUL, which no XML text holds), or nil.
    static func firstLineNotUTF8(_ bytes: [UInt8]) -> Int? {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var line = 1
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" { line += 1 }
                if scalar == "\0" { return line }
            case .emptyInput: return nil
            case .error: return line
            }
        }
    }
}

/// The parser's delegate: keeps the text of each column of each row, by table.
private final class TableCollector: NSObject, XMLParserDelegate {
    var tables = LSSTables()
    var error: LimeSurveyError?
    var sawRoot = false
    /// The open elements below the root, outermost first.
    private var path: [String] = []
    private var row: LSSTables.Row?
    private var text = ""

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        if !sawRoot {
            sawRoot = true
            if name != "document" {
                error = .wrongRootElement(name: name)
                parser.abortParsing()
            }
            return
        }
        path.append(name)
        text = ""
        // document › table › rows › row › column
        if path.count == 3, path[1] == "rows", name == "row" {
            row = LSSTables.Row(columns: [:], line: parser.lineNumber)
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text += string
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        text += String(decoding: block, as: UTF8.self)
    }

    func parser(
        _ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?
    ) {
        defer { _ = path.popLast() }
        switch path.count {
        case 4 where path[1] == "rows" && path[2] == "row":
            row?.columns[name] = text
        case 3 where path[1] == "rows" && name == "row":
            if let finished = row { tables.tables[path[0], default: []].append(finished) }
            row = nil
        case 2 where path[0] == "languages" && name == "language":
            tables.languages.append(text.trimmingCharacters(in: .whitespacesAndNewlines))
        case 1 where name == "DBVersion":
            tables.databaseVersion = Int(text.trimmingCharacters(in: .whitespacesAndNewlines))
        default:
            break
        }
        text = ""
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        guard error == nil else { return }
        error = .malformed(line: max(1, parser.lineNumber), column: max(1, parser.columnNumber))
        parser.abortParsing()
    }

    func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
        error = .documentTypeDeclaration(line: parser.lineNumber)
        parser.abortParsing()
    }

    func parser(
        _ parser: XMLParser, foundExternalEntityDeclarationWithName name: String, publicID: String?, systemID: String?
    ) {
        error = .documentTypeDeclaration(line: parser.lineNumber)
        parser.abortParsing()
    }
}
