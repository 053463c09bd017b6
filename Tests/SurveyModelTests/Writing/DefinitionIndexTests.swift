import StrictJSON
import TestSupport
import Testing

@testable import SurveyModel

/// Every value's recorded range holds exactly its bytes, and positions lead back to paths.
@Suite struct DefinitionIndexTests {
    /// Writing what was written gives the same bytes, and each range parses to the value at its path.
    @Test func randomValuesRoundTripAndEveryRangeHoldsItsValue() throws {
        var random = SeededGenerator(seed: 15)
        for _ in 0..<300 {
            let value = RandomJSON.object(depth: 4, using: &random)
            let output = CanonicalDefinition.write(value)
            let reread = JSON(try JSONDocument(parsing: output.bytes).root)
            #expect(CanonicalDefinition.write(reread).bytes == output.bytes)
            #expect(output.bytes.last == UInt8(ascii: "\n"))
            for entry in output.index.entries {
                let written = JSON(try JSONDocument(parsing: Array(output.bytes[entry.range])).root)
                #expect(written == reread.value(at: entry.path), "\(entry.path)")
                if case .key(let key) = entry.path.components.last {
                    let keyOffset = try #require(entry.keyOffset, "\(entry.path)")
                    var quoted: [UInt8] = []
                    JSON.writeString(key, to: &quoted)
                    #expect(Array(output.bytes[keyOffset..<keyOffset + quoted.count]) == quoted)
                }
            }
            #expect(Set(output.index.entries.map(\.path)).count == output.index.entries.count)
        }
    }

    @Test func positionsLeadToTheDeepestValue() throws {
        let json: JSON = [
            "id": "s", "pages": [["id": "p", "questions": [["id": "q", "type": "text", "title": ["de": "Frage"]]]]],
        ]
        let output = CanonicalDefinition.write(json)
        let text = String(decoding: output.bytes, as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let titleLine = try #require(lines.firstIndex { $0.contains("\"title\"") }) + 1
        let column =
            try #require(lines[titleLine - 1].firstRange(of: "Frage")).lowerBound.utf16Offset(in: lines[titleLine - 1])
            + 1
        #expect(output.index.path(atLine: titleLine, column: column).description == "pages[0].questions[0].title.de")
        #expect(output.index.path(atLine: titleLine, column: 12).description == "pages[0].questions[0].title")
        #expect(output.index.path(atLine: 1, column: 1) == .root)
        #expect(
            output.index.range(of: DefinitionPath(parsing: "pages[0].id")!).map { Array(output.bytes[$0]) }
                == Array("\"p\"".utf8))
    }

    /// The designer's path: a diagnostic of the loader points into the canonical bytes at the field it concerns.
    @Test func aDiagnosticMapsBackToItsField() throws {
        let json: JSON = [
            "id": "probe", "title": "Probe", "access": "public",
            "pages": [
                [
                    "id": "p", "title": "P",
                    "questions": [
                        ["id": "a", "type": "boolean", "title": "A?"],
                        ["id": "b", "type": "text", "title": "B", "visibleIf": "aa == true"],
                    ],
                ]
            ],
        ]
        let prepared = CanonicalDefinition.prepare(json: json)
        let diagnostic = try #require(prepared.result.diagnostics.first { $0.rendered.contains("unknown question") })
        let path = prepared.index.path(atLine: diagnostic.location.line, column: diagnostic.location.column)
        #expect(path.description == "pages[0].questions[1].visibleIf")
    }
}

/// Random JSON values for property tests: keys that the layout knows and keys it does not,
/// strings that need escaping and characters beyond ASCII.
enum RandomJSON {
    static let keys = [
        "id", "type", "title", "pages", "questions", "options", "value", "label", "scale", "labels", "de", "en",
        "validate", "report", "sections", "x", "ü", "a\"b", "",
    ]
    static let texts = [
        "", "ja", "Grüße „zitiert“", "line\nbreak\t\u{1}", "\\", String(repeating: "lang ", count: 30), "😀",
    ]

    static func value(depth: Int, using random: inout SeededGenerator) -> JSON {
        switch Int.random(in: 0..<(depth > 0 ? 8 : 5), using: &random) {
        case 0: return .null
        case 1: return .bool(Bool.random(using: &random))
        case 2: return .number(Double(Int.random(in: -1000...100_000, using: &random)))
        case 3: return .number(Double.random(in: -1e6...1e6, using: &random))
        case 4: return .string(texts.randomElement(using: &random)!)
        case 5, 6: return object(depth: depth - 1, using: &random)
        default:
            return .array(
                (0..<Int.random(in: 0...5, using: &random)).map { _ in value(depth: depth - 1, using: &random) })
        }
    }

    static func object(depth: Int, using random: inout SeededGenerator) -> JSON {
        var used = Set<String>()
        let fields = (0..<Int.random(in: 0...6, using: &random)).compactMap { _ -> JSONField? in
            let key = keys.randomElement(using: &random)!
            guard used.insert(key).inserted else { return nil }
            return JSONField(key: key, value: value(depth: depth, using: &random))
        }
        return .object(fields)
    }
}
