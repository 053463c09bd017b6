import SurveyStore
import Testing

/// A view that keeps up with its log by the lines appended since it last looked.
struct FollowedResponseViewTests {
    @Test func appliesTheAppendedRecordsAndLeavesAnUnfinishedLineForLater() throws {
        let directory = TemporaryDirectory()
        let good = try RecoveryTests.twoGoodRecords(in: directory)
        let path = directory.file("log.jsonl")
        var followed = try FollowedResponseView(logPath: path, keepAnswers: false)
        #expect(followed.offset == good.count)
        #expect(followed.view.submitted.count == 2)

        try followed.catchUp()
        #expect(followed.offset == good.count && followed.view.recordCount == 2)

        let log = try ResponseLog(directory: directory.path)
        _ = try log.write(Requests.submit("r3", participant: "s03"))
        log.close()
        let written = directory.bytes("log.jsonl")
        directory.write("log.jsonl", written + Array(#"{"kind":"submit","seq":4,"resp"#.utf8))
        try followed.catchUp()
        #expect(followed.offset == written.count)
        #expect(followed.view.submitted["r3"] != nil)
        #expect(followed.view.responseByParticipant["s03"] == "r3")
        #expect(followed.view.submitted["r3"]?.answers == nil)
    }

    @Test func aDamagedAppendedLineIsNamedByItsNumberAndNothingOfTheLookIsApplied() throws {
        let directory = TemporaryDirectory()
        let good = try RecoveryTests.twoGoodRecords(in: directory)
        let path = directory.file("log.jsonl")
        var followed = try FollowedResponseView(logPath: path, keepAnswers: false)
        let secondLine = Array(good.split(separator: 10)[1])
        directory.write("log.jsonl", good + secondLine + [10] + Array("not json\n".utf8))
        do {
            try followed.catchUp()
            Issue.record("a damaged line was applied")
        } catch {
            guard case .damagedLine(let file, let line, _) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(file == path)
            #expect(line == 4)
        }
        #expect(followed.offset == good.count && followed.view.recordCount == 2)
    }

    @Test func aMissingLogIsEmptyAndReadFromItsStartOnceItExists() throws {
        let directory = TemporaryDirectory()
        var followed = try FollowedResponseView(logPath: directory.file("log.jsonl"), keepAnswers: false)
        #expect(followed.offset == 0 && followed.view.recordCount == 0)
        let good = try RecoveryTests.twoGoodRecords(in: directory)
        try followed.catchUp()
        #expect(followed.offset == good.count && followed.view.submitted.count == 2)
    }
}
