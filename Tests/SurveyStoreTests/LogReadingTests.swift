import StrictJSON
import SurveyStore
import Testing

/// Line splitting across chunk boundaries and decoding of single records.
struct LogReadingTests {
    @Test(arguments: [1, 2, 7, 64, 4096])
    func linesSurviveAnyChunkSize(chunkSize: Int) throws {
        let directory = TemporaryDirectory()
        let content = Array("first\n\nthird line is longer\nä\u{1F600}\ntail without newline".utf8)
        directory.write("log.jsonl", content)
        var lines: [(Int, Int, String)] = []
        let tail = try LogReader(path: directory.file("log.jsonl"), chunkSize: chunkSize).forEachLine { line in
            lines.append((line.number, line.offset, String(decoding: line.bytes, as: UTF8.self)))
        }
        #expect(lines.map(\.0) == [1, 2, 3, 4])
        #expect(lines.map(\.1) == [0, 6, 7, 28])
        #expect(lines.map(\.2) == ["first", "", "third line is longer", "ä\u{1F600}"])
        #expect(tail.lineNumber == 5)
        #expect(tail.offset == 35)
        #expect(tail.bytes == Array("tail without newline".utf8))
    }

    @Test func missingFileReadsAsEmpty() throws {
        let tail = try LogReader(path: TemporaryDirectory().file("nothing.jsonl")).forEachLine { _ in
            Issue.record("no lines expected")
        }
        #expect(tail.bytes.isEmpty && tail.offset == 0)
    }

    static let base = #""seq":1,"response":"r1","revision":1,"time":"2026-11-27T08:00:00.000Z","definition":"d""#

    @Test(arguments: [
        ("[1]", RecordDecodingError.notAnObject),
        (#"{"seq":1}"#, .missingField("kind")),
        (#"{"kind":"delete",\#(base)}"#, .unknownKind("delete")),
        (#"{"kind":"submit",\#(base)}"#, .missingField("answers")),
        (#"{"kind":"submit",\#(base),"answers":[]}"#, .wrongType("answers")),
        (#"{"kind":"void",\#(base)}"#, .missingField("reason")),
        (
            #"{"kind":"submit","seq":0,"response":"r1","revision":1,"time":"x","definition":"d","answers":{}}"#,
            .wrongType("seq")
        ),
        (
            #"{"kind":"submit","seq":1,"response":"r1","revision":1,"time":"yesterday","definition":"d","answers":{}}"#,
            .wrongType("time")
        ),
        (
            #"{"kind":"submit","seq":1,"response":7,"revision":1,"time":"x","definition":"d","answers":{}}"#,
            .wrongType("response")
        ),
        (
            #"{"kind":"submit","seq":1,"revision":1,"time":"x","definition":"d","answers":{}}"#,
            .missingField("response")
        ),
    ])
    func decodingNamesTheField(line: String, error: RecordDecodingError) throws {
        let document = try JSONDocument(parsing: line)
        #expect(throws: error) { try ResponseRecord(decoding: document.root) }
    }

    @Test func decodingIgnoresUnknownKeysAndKeepsAnswersOnRequest() throws {
        let document = try JSONDocument(
            parsing: #"{"kind":"draft",\#(Self.base),"future":true,"page":"p2","answers":{"q":[1,"a"]}}"#)
        let full = try ResponseRecord(decoding: document.root)
        #expect(full.page == "p2")
        #expect(full.answers == ["q": [1, "a"]])
        #expect(try ResponseRecord(decoding: document.root, keepAnswers: false).answers == nil)
    }
}
