import StrictJSON
import SurveyStore
import Synchronization
import Testing

/// Drafts: answers read back from the log rather than held in memory, an age limit at opening, and a budget.
struct DraftStorageTests {
    /// A clock the test sets; starts at 2026-11-27T05:43:12.123Z.
    final class Clock: Sendable {
        private let now = Mutex(Timestamp(millisecondsSince1970: 1_795_758_192_123))
        var time: Timestamp { now.withLock { $0 } }
        func advance(days: Int) {
            now.withLock { $0 = Timestamp(millisecondsSince1970: $0.millisecondsSince1970 + Int64(days) * 86_400_000) }
        }
    }

    private func options(_ clock: Clock) -> ResponseLog.Options {
        var options = ResponseLog.Options()
        options.clock = { clock.time }
        return options
    }

    @Test func viewKeepsNoDraftAnswersAndTheLogGivesThemBack() throws {
        let directory = TemporaryDirectory()
        let clock = Clock()
        do {
            let log = try ResponseLog(directory: directory.path, options: options(clock))
            _ = try log.write(Requests.draft("r1", answers: ["q1": "erster Stand"]))
            _ = try log.write(Requests.draft("r2", answers: ["q1": "anderer"]))
            _ = try log.write(Requests.draft("r1", answers: ["q1": "zweiter Stand"]))
            #expect(log.view.drafts.values.allSatisfy { $0.answers == nil })
            #expect(try log.draftAnswers(of: "r1") == ["q1": "zweiter Stand"])
            // Idempotency keys keep no draft answers either.
            var keyed = Requests.draft("r1", answers: ["q1": "mit Schlüssel"])
            keyed.idempotencyKey = "k1"
            #expect(try log.write(keyed).record.answers == ["q1": "mit Schlüssel"])
            let replay = try log.write(keyed)
            #expect(replay.replayed && replay.record.answers == nil)
            #expect(try log.draftAnswers(of: "r1") == ["q1": "mit Schlüssel"])
            _ = try log.write(Requests.submit("r2"))
            #expect(try log.draftAnswers(of: "r2") == nil)
            log.close()
        }
        let reopened = try ResponseLog(directory: directory.path, options: options(clock))
        #expect(reopened.view.drafts.keys.sorted() == ["r1"])
        #expect(reopened.view.drafts.values.allSatisfy { $0.answers == nil })
        #expect(try reopened.draftAnswers(of: "r1") == ["q1": "mit Schlüssel"])
        #expect(try reopened.draftAnswers(of: "r9") == nil)
    }

    @Test func draftsOlderThanTheRetentionAreNotLoaded() throws {
        let directory = TemporaryDirectory()
        let clock = Clock()
        do {
            let log = try ResponseLog(directory: directory.path, options: options(clock))
            var old = Requests.draft("alt")
            old.participantID = "schule-alt"
            _ = try log.write(old)
            clock.advance(days: 80)
            _ = try log.write(Requests.draft("neu"))
            log.close()
        }
        clock.advance(days: 20)
        var retention = options(clock)
        retention.draftRetentionDays = 90
        let log = try ResponseLog(directory: directory.path, options: retention)
        #expect(log.view.drafts.keys.sorted() == ["neu"])
        #expect(try log.draftAnswers(of: "alt") == nil)
        // Only resuming is gone: the record still counts, and so does the participant's response.
        #expect(log.view.recordCount == 2)
        #expect(log.view.responseByParticipant["schule-alt"] == "alt")
        // The old response keeps its revisions: a later record continues them.
        #expect(try log.write(Requests.draft("alt")).record.revision == 2)
    }

    @Test func oversizedDraftIsRefusedButASubmissionOfTheSameSizeIsNot() throws {
        let directory = TemporaryDirectory()
        var options = options(Clock())
        options.draftBudget = DraftBudget(maxAnswerBytes: 100, answerBytesPerDay: 10_000)
        let log = try ResponseLog(directory: directory.path, options: options)
        let large: JSON = ["q1": .string(String(repeating: "x", count: 200))]
        #expect(throws: StoreError.draftTooLarge(bytes: 209, limit: 100)) {
            try log.write(Requests.draft("r1", answers: large))
        }
        #expect(try log.write(Requests.submit("r1", answers: large)).record.revision == 1)
    }

    @Test func dailyBudgetRefusesDraftsWarnsOnceAndNeverTouchesSubmissions() throws {
        let directory = TemporaryDirectory()
        let clock = Clock()
        let warnings = Mutex(0)
        var options = options(clock)
        options.draftBudget = DraftBudget(maxAnswerBytes: 1_000, answerBytesPerDay: 25)
        options.draftBudgetExhausted = { warnings.withLock { $0 += 1 } }
        let log = try ResponseLog(directory: directory.path, options: options)
        // {"q1":1} is 8 bytes: three fit into 25, the fourth does not.
        for response in ["r1", "r2", "r3"] { _ = try log.write(Requests.draft(response)) }
        #expect(!log.isDraftBudgetExhausted)
        for _ in 0..<3 {
            #expect(throws: StoreError.draftBudgetExhausted(directory: directory.path)) {
                try log.write(Requests.draft("r4"))
            }
        }
        #expect(log.isDraftBudgetExhausted)
        #expect(warnings.withLock { $0 } == 1)
        #expect(try log.write(Requests.submit("r4")).record.kind == .submit)
        clock.advance(days: 1)
        #expect(!log.isDraftBudgetExhausted)
        #expect(try log.write(Requests.draft("r5")).record.kind == .draft)
    }

    @Test func todaysDraftsInTheLogCountAfterARestart() throws {
        let directory = TemporaryDirectory()
        let clock = Clock()
        do {
            let log = try ResponseLog(directory: directory.path, options: options(clock))
            _ = try log.write(Requests.draft("r1"))
            _ = try log.write(Requests.draft("r2"))
            log.close()
        }
        // Drafts are charged their answers' bytes, before and after a restart alike: the day's
        // budget holds exactly three drafts of `{"q1":1}`, so the third fits and the fourth does not.
        let answers = (["q1": 1] as JSON).serialized().utf8.count
        var tight = options(clock)
        tight.draftBudget = DraftBudget(maxAnswerBytes: 1_000, answerBytesPerDay: 3 * answers)
        do {
            let log = try ResponseLog(directory: directory.path, options: tight)
            #expect(try log.write(Requests.draft("r3")).record.kind == .draft)
            #expect(throws: StoreError.draftBudgetExhausted(directory: directory.path)) {
                try log.write(Requests.draft("r4"))
            }
            log.close()
        }
        clock.advance(days: 1)
        let tomorrow = try ResponseLog(directory: directory.path, options: tight)
        #expect(try tomorrow.write(Requests.draft("r4")).record.kind == .draft)
    }
}
