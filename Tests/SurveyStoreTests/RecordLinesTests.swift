import StrictJSON
import Testing

@testable import SurveyStore

/// A large batch is encoded in slices on several threads; the log must read exactly as if one thread wrote it.
@Suite struct RecordLinesTests {
    /// Records of varied length, some with texts that need escaping, so slices end at uneven offsets.
    private static func records(_ count: Int) -> [ResponseRecord] {
        (1...count).map { number in
            ResponseRecord(
                kind: .submit, sequence: number, responseID: "r\(number)", revision: 1,
                time: Timestamp(millisecondsSince1970: 1_764_000_000_000 + Int64(number)),
                definitionVersion: Requests.version, participantID: number % 3 == 0 ? "p\(number)" : nil,
                answers: [
                    "q1": .number(Double(number)),
                    "q2": .string(String(repeating: "ä", count: number % 17) + (number % 5 == 0 ? "\"\n\\" : "")),
                    "q3": .array((0..<(number % 4)).map { .string("o\($0)") }),
                ])
        }
    }

    @Test(arguments: [1, 2, 3, 8])
    func slicesJoinToTheBytesOfOneThread(threads: Int) {
        let records = Self.records(5_000)
        var expected: [UInt8] = []
        var places: [(start: Int, length: Int)] = []
        for record in records {
            let start = expected.count
            record.writeLine(to: &expected)
            places.append((start, expected.count - start - 1))
        }
        let lines = RecordLines(records, threads: threads)
        #expect(lines.bytes == expected)
        #expect(lines.lines.count == places.count)
        let firstWrong = zip(lines.lines, places).enumerated().first { $0.element.0 != $0.element.1 }
        #expect(firstWrong == nil, "line \((firstWrong?.offset ?? 0) + 1) is not where one thread put it")
    }

    @Test func aLargeBatchReadsBackRecordByRecord() throws {
        let directory = TemporaryDirectory()
        let log = try ResponseLog(directory: directory.path)
        let count = 3 * RecordLines.sliceSize + 7
        let requests = (1...count).map { Requests.submit("r\($0)", answers: ["q1": .number(Double($0))]) }
        let results = log.appendBatch(requests)
        #expect(try results.map { try $0.get().record.sequence } == Array(1...count))
        // Each answer is read back from the place the writer recorded for it.
        for number in [1, RecordLines.sliceSize, RecordLines.sliceSize + 1, count] {
            #expect(try log.submittedAnswers(of: "r\(number)") == ["q1": .number(Double(number))])
        }
        log.close()
    }
}
