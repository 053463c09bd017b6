import SurveyStore
import Testing

/// The raw reading API: ranges cut at line ends, lines as bytes with their offsets.
struct LogLinesTests {
    /// Lines of varying length, one longer than the smallest chunk sizes tried.
    static let content: [UInt8] = {
        var bytes: [UInt8] = []
        for index in 0..<200 {
            bytes += Array("line \(index) ".utf8) + Array(repeating: UInt8(ascii: "x"), count: index % 37) + [10]
        }
        return bytes
    }()

    @Test(arguments: [1, 2, 3, 5, 8])
    func rangesStartAtLineBeginningsAndCoverTheFile(parts: Int) throws {
        let directory = TemporaryDirectory()
        directory.write("log.jsonl", Self.content)
        let lines = try LogLines(folder: SurveyFolder(directory.path))
        let ranges = try lines.ranges(parts: parts)
        #expect(ranges.count == parts)
        #expect(ranges.first?.lowerBound == 0)
        #expect(ranges.last?.upperBound == Self.content.count)
        for (earlier, later) in zip(ranges, ranges.dropFirst()) {
            #expect(earlier.upperBound == later.lowerBound)
            #expect(Self.content[later.lowerBound - 1] == 10)
        }
    }

    @Test(arguments: [1, 7, 64, 1 << 20])
    func everyLineComesOnceWithItsOffset(chunkSize: Int) throws {
        let directory = TemporaryDirectory()
        directory.write("log.jsonl", Self.content)
        let lines = try LogLines(path: directory.file("log.jsonl"))
        var seen: [String] = []
        for range in try lines.ranges(parts: 3) {
            var expectedNumber = 1
            try lines.forEachLine(in: range, chunkSize: chunkSize) { line in
                #expect(line.isComplete)
                #expect(line.number == expectedNumber)
                #expect(Array(Self.content[line.offset..<line.offset + line.bytes.count]) == Array(line.bytes))
                expectedNumber += 1
                seen.append(String(decoding: line.bytes, as: UTF8.self))
            }
        }
        let expected = String(decoding: Self.content, as: UTF8.self).split(separator: "\n").map(String.init)
        #expect(seen == expected)
    }

    @Test func aWriteInProgressIsMarkedOrLeftOutByTheLimit() throws {
        let directory = TemporaryDirectory()
        directory.write("log.jsonl", Array("one\ntwo\nthr".utf8))
        let whole = try LogLines(path: directory.file("log.jsonl"))
        var lines: [(String, Bool)] = []
        try whole.forEachLine(in: 0..<whole.length) {
            lines.append((String(decoding: $0.bytes, as: UTF8.self), $0.isComplete))
        }
        #expect(lines.map(\.0) == ["one", "two", "thr"])
        #expect(lines.map(\.1) == [true, true, false])
        let committed = try LogLines(path: directory.file("log.jsonl"), upTo: 8)
        #expect(committed.length == 8)
        var count = 0
        try committed.forEachLine(in: 0..<100) { _ in count += 1 }
        #expect(count == 2)
        #expect(try committed.line(at: 4) == Array("two".utf8))
        #expect(try committed.line(at: 8) == nil)
    }

    @Test func aMissingLogHasNoLines() throws {
        let lines = try LogLines(folder: SurveyFolder(TemporaryDirectory().path))
        #expect(lines.length == 0)
        #expect(try lines.ranges(parts: 4) == [0..<0])
        try lines.forEachLine(in: 0..<10) { _ in Issue.record("no lines expected") }
    }

    @Test func theStoreSaysHowFarItsRecordsAreDurable() throws {
        let directory = TemporaryDirectory()
        let log = try ResponseLog(directory: directory.path)
        #expect(log.committedLength == 0)
        _ = try log.write(Requests.submit("r1"))
        _ = try log.write(Requests.void("r1"))
        #expect(log.committedLength == directory.bytes("log.jsonl").count)
        var kinds: [String] = []
        let lines = try LogLines(folder: log.folder, upTo: log.committedLength)
        try lines.forEachLine(in: 0..<lines.length) {
            kinds.append(String(decoding: $0.bytes.prefix(15), as: UTF8.self))
        }
        #expect(kinds == [#"{"kind":"submit"#, #"{"kind":"void","#])
    }
}
