import StrictJSON
import Testing

@Suite struct WritingTests {
    @Test(arguments: [
        (
            JSON.object([JSONField(key: "b", value: 1), JSONField(key: "a", value: [true, nil])]),
            #"{"b":1,"a":[true,null]}"#
        ),
        (JSON.number(3), "3"),
        (JSON.number(-0.5), "-0.5"),
        (JSON.number(1e300), "1e+300"),
        (JSON.number(.nan), "null"),
        (JSON.number(.infinity), "null"),
        (JSON.string("Zeile\n\"zwei\"\t\\ \u{1} ä"), #""Zeile\n\"zwei\"\t\\ \u0001 ä""#),
    ])
    func writesCompactJSON(_ value: JSON, _ expected: String) {
        #expect(value.serialized() == expected)
    }

    @Test func roundTripsThroughTheParser() throws {
        let values: [JSON] = [
            ["id": "r-1", "n": 12.25, "tags": ["a", "b"], "nested": ["x": nil, "y": false]],
            .string(String((0..<0x80).compactMap { Unicode.Scalar($0).map(Character.init) })),
            .number(0.1), .number(-1e-7), .number(123_456_789), .number(Double.greatestFiniteMagnitude),
        ]
        for value in values {
            #expect(JSON(try JSONDocument(parsing: value.serialized()).root) == value)
        }
    }
}
