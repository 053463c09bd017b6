import Foundation
import StrictJSON
import Testing

@testable import SurveyModel

/// The canonical layout: the shipped surveys are in it, it restores key order, and it loads the same survey.
@Suite struct CanonicalDefinitionTests {
    static let shipped = ["digitale-bildung", "fortbildung-feedback"]

    static func shippedBytes(_ id: String) throws -> [UInt8] {
        try #require(FileManager.default.contents(atPath: RepositoryPaths.path("surveys/\(id).json"))).map { $0 }
    }

    static func parse(_ bytes: [UInt8]) throws -> JSON {
        JSON(try JSONDocument(parsing: bytes).root)
    }

    /// The shipped file is its own golden file: writing it again changes nothing.
    @Test(arguments: shipped) func shippedSurveysAreCanonical(id: String) throws {
        let bytes = try Self.shippedBytes(id)
        let written = CanonicalDefinition.write(try Self.parse(bytes)).bytes
        #expect(String(decoding: written, as: UTF8.self) == String(decoding: bytes, as: UTF8.self))
    }

    /// Keys in any order, all on one line, come out as the shipped file.
    @Test func restoresTheShippedLayoutFromScrambledCompactJSON() throws {
        let bytes = try Self.shippedBytes("fortbildung-feedback")
        let scrambled = Self.reversingKeys(try Self.parse(bytes))
        #expect(scrambled.serialized().utf8.count < bytes.count)
        #expect(CanonicalDefinition.write(scrambled).bytes == bytes)
    }

    /// The layout changes nothing the loader reads: the same survey, described the same way.
    @Test(arguments: shipped) func layoutDoesNotChangeTheLoadedSurvey(id: String) throws {
        let bytes = try Self.shippedBytes(id)
        let compact = Array(Self.reversingKeys(try Self.parse(bytes)).serialized().utf8)
        let original = try #require(Survey.load(bytes: bytes, file: "\(id).json").survey)
        let fromCompact = try #require(Survey.load(bytes: compact, file: "\(id).json").survey)
        let (left, right) = (Self.description(original), Self.description(fromCompact))
        #expect(left.count > 500)
        #expect(left == right, "\(String(describing: zip(left, right).first { $0 != $1 }))")
    }

    @Test func keepsUnknownKeysAfterTheKnownOnes() throws {
        let json: JSON = ["zeta": 1, "title": "T", "alpha": ["b": true, "a": nil], "id": "x"]
        let text = String(decoding: CanonicalDefinition.write(json).bytes, as: UTF8.self)
        #expect(
            text == """
                {
                  "id": "x",
                  "title": "T",
                  "zeta": 1,
                  "alpha": {"b": true, "a": null}
                }

                """)
    }

    @Test func writesNumbersAsTheLoaderReadsThem() {
        let json: JSON = ["report": ["minGroupSize": 5.0, "intro": 0.25, "exclude": [-3, 1e21]]]
        let text = String(decoding: CanonicalDefinition.write(json).bytes, as: UTF8.self)
        #expect(text.contains(#""minGroupSize": 5,"#))
        #expect(text.contains(#""intro": 0.25"#))
        #expect(text.contains("[-3, 1e+21]"))
    }

    @Test func breaksAValueThatDoesNotFitAndKeepsOneOptionPerLine() throws {
        let long = String(repeating: "ä", count: 100)
        let json: JSON = [
            "pages": [
                [
                    "id": "p",
                    "questions": [
                        [
                            "id": "q", "type": "single", "title": ["de": .string(long), "en": "E"],
                            "options": [["value": "a", "label": "A"]],
                        ]
                    ],
                ]
            ]
        ]
        let text = String(decoding: CanonicalDefinition.write(json).bytes, as: UTF8.self)
        #expect(text.contains("\n            \"de\": \"\(long)\",\n"))
        #expect(text.contains("\"options\": [\n            {\"value\": \"a\", \"label\": \"A\"}\n          ]"))
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= CanonicalDefinition.width || $0.contains(long) })
    }

    /// A copy of `json` with the members of every object of the format in reverse order; language
    /// maps and scale labels keep theirs, which the layout keeps too.
    static func reversingKeys(_ json: JSON) -> JSON {
        switch json {
        case .array(let elements):
            return .array(elements.map(reversingKeys))
        case .object(let fields):
            let known = Set(
                DefinitionKeys.survey + DefinitionKeys.anyQuestion + DefinitionKeys.option + DefinitionKeys.scale)
            let reversed = fields.allSatisfy { known.contains($0.key) } ? fields.reversed() : fields
            return .object(reversed.map { JSONField(key: $0.key, value: reversingKeys($0.value)) })
        default:
            return json
        }
    }

    /// Every stored property of the survey, sorted so that dictionary order does not count, without
    /// source locations (they move with the layout) and memory addresses (they differ between loads).
    static func description(_ survey: Survey) -> [Substring] {
        var text = ""
        dump(survey, to: &text)
        var kept: [Substring] = []
        var skippingBelow: Int?
        for line in text.split(separator: "\n") {
            let depth = line.prefix { $0 == " " }.count
            if let skip = skippingBelow, depth > skip { continue }
            skippingBelow = line.contains("location:") ? depth : nil
            if skippingBelow != nil || line.contains("0x") || line.contains("pointerValue") { continue }
            // A container's line repeats its contents in one summary (dictionaries in any order); its children suffice.
            let label = line.contains("▿") ? line.prefix { $0 != ":" } : line
            kept.append(label.replacing(#/\s#\d+|\s\$[0-9a-f]+/#, with: ""))
        }
        return kept.sorted()
    }
}
