import StrictJSON
import Synchronization
import Testing

@testable import SurveyStore

/// Drafts read back are kept in memory for their record only, within a bound.
struct DraftCacheTests {
    private func countingLog(_ directory: TemporaryDirectory) throws -> (ResponseLog, ResponseHistoryTests.ByteCount) {
        let counter = ResponseHistoryTests.ByteCount()
        var options = ResponseLog.Options()
        options.readerWrapper = { ResponseHistoryTests.CountingReader($0, counter: counter) }
        return (try ResponseLog(directory: directory.path, options: options), counter)
    }

    @Test func aDraftIsReadFromDiskOncePerRecord() throws {
        let directory = TemporaryDirectory()
        let (log, counter) = try countingLog(directory)
        defer { log.close() }
        _ = try log.write(Requests.draft("r1", answers: ["q1": "erster Stand"]))
        #expect(try log.draftAnswers(of: "r1") == ["q1": "erster Stand"])
        let once = counter.total.load(ordering: .relaxed)
        #expect(once > 0)
        #expect(try log.draftAnswers(of: "r1") == ["q1": "erster Stand"])
        #expect(counter.total.load(ordering: .relaxed) == once)
        // A new draft of the response is a new record: read once, never the old answers.
        _ = try log.write(Requests.draft("r1", answers: ["q1": "zweiter Stand"]))
        #expect(try log.draftAnswers(of: "r1") == ["q1": "zweiter Stand"])
        #expect(counter.total.load(ordering: .relaxed) > once)
        // A submit ends the draft, whatever was kept.
        _ = try log.write(Requests.submit("r1"))
        #expect(try log.draftAnswers(of: "r1") == nil)
        #expect(log.draftCacheUsage.drafts == 0)
    }

    @Test func twoRespondentsEachGetTheirOwnDraft() throws {
        let directory = TemporaryDirectory()
        let (log, _) = try countingLog(directory)
        defer { log.close() }
        _ = try log.write(Requests.draft("schule-a", answers: ["q1": "A"]))
        _ = try log.write(Requests.draft("schule-b", answers: ["q1": "B"]))
        for _ in 0..<2 {
            #expect(try log.draftAnswers(of: "schule-a") == ["q1": "A"])
            #expect(try log.draftAnswers(of: "schule-b") == ["q1": "B"])
        }
        _ = try log.write(Requests.draft("schule-b", answers: ["q1": "B2"]))
        #expect(try log.draftAnswers(of: "schule-a") == ["q1": "A"])
        #expect(try log.draftAnswers(of: "schule-b") == ["q1": "B2"])
        // A void of one response leaves the other's draft alone.
        _ = try log.write(Requests.void("schule-a"))
        #expect(try log.draftAnswers(of: "schule-a") == nil)
        #expect(try log.draftAnswers(of: "schule-b") == ["q1": "B2"])
    }

    @Test func keepsNoMoreLineBytesThanItsBudget() {
        var cache = DraftCache(byteBudget: 100)
        for number in 0..<20 {
            cache.keep(["q1": .number(Double(number))], of: "r\(number)", at: LogSpan(offset: number * 40, length: 40))
            #expect(cache.usage.bytes <= 100)
        }
        #expect(cache.usage.drafts == 2)
        #expect(cache.answers(of: "r19", at: LogSpan(offset: 760, length: 40)) == .some(["q1": 19]))
        // Served only for the record it was read from.
        #expect(cache.answers(of: "r19", at: LogSpan(offset: 800, length: 40)) == nil)
        // A line larger than the whole budget is not kept, and pushes nothing out.
        cache.keep(["q1": "groß"], of: "r-big", at: LogSpan(offset: 5_000, length: 101))
        #expect(cache.answers(of: "r-big", at: LogSpan(offset: 5_000, length: 101)) == nil)
        #expect(cache.usage.drafts == 2)
        cache.forget("r19")
        #expect(cache.usage == (drafts: 1, bytes: 40))
    }
}
