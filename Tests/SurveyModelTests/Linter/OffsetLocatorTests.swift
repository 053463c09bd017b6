import StrictJSON
import Testing

@testable import SurveyModel

/// The fast locator agrees with StrictJSON's `SourceLocator` everywhere.
struct OffsetLocatorTests {
    static let inputs: [String] = [
        "",
        "{\"a\": 1}\n",
        "\u{FEFF}{\"ä\": \"ö\"}\r\n[1,\n2]",
        String(repeating: "{\"schüler\": \"Größe – ✓\", ", count: 200) + "\n\n" + String(repeating: "x", count: 3000),
    ]

    @Test(arguments: inputs.indices)
    func agreesWithSourceLocator(index: Int) {
        let bytes = Array(Self.inputs[index].utf8)
        let reference = SourceLocator(bytes)
        let fast = OffsetLocator(bytes)
        for offset in stride(from: -1, through: bytes.count + 1, by: 1) {
            #expect(fast.location(ofOffset: offset) == reference.location(ofOffset: offset), "offset \(offset)")
        }
    }
}
