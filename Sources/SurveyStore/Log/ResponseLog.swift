import Dispatch
import Glibc
import StrictJSON
import Synchronization

/// A survey's durable response log: `responses/<survey-id>/log.jsonl`.
///
/// Appends complete only after their bytes are on disk. Concurrent appends are
/// gathered while the previous `fsync` runs and written together with one
/// `write` and one `fsync` (group commit), so many submissions share the cost
/// of one flush. Callers wait through a completion callback, never a blocked
/// thread, which suits an event loop. Completions run on the log's private
/// writer queue, in log order; they must not block. Subscribers run on a
/// queue of their own, also in log order, so that evaluation work never holds
/// up the writer or an acknowledgement.
public final class ResponseLog: Sendable {
    /// Name of the log file inside the survey's directory (``SurveyFolder/logFileName``).
    public static let logFileName = SurveyFolder.logFileName
    /// Name of the lock file inside the survey's directory (``SurveyFolder/lockFileName``).
    public static let lockFileName = SurveyFolder.lockFileName

    /// What ``init(directory:displayName:options:)`` had to repair.
    public struct Recovery: Sendable, Hashable {
        /// Where the torn bytes were moved.
        public let sideFile: String
        /// The line number the torn tail started at.
        public let line: Int
        /// How many bytes were moved.
        public let byteCount: Int
    }

    /// Choices that tests and bulk writers change.
    public struct Options: Sendable {
        /// Keep a ``ResponseView`` (each current response's bookkeeping and place in the log; answers
        /// are read back when asked for). Bulk generation and benchmarks of millions of records turn it off.
        public var maintainsView = true
        /// Source of record times.
        public var clock: @Sendable () -> Timestamp = { Timestamp.now() }
        /// Wraps the opened log file; tests inject disk errors here.
        public var fileWrapper: @Sendable (POSIXFile) -> any AppendOnlyFile = { $0 }
        /// Wraps the descriptor that reads records back (drafts, histories); tests count its bytes here.
        public var readerWrapper: @Sendable (POSIXFile) -> any PositionalFile = { $0 }
        /// Drafts older than this many days are left out of the view when the
        /// log is opened (they stay in the log); nil keeps every draft.
        public var draftRetentionDays: Int? = 90
        /// How much drafts may add to the log.
        public var draftBudget = DraftBudget()
        /// Called once per UTC day, on the writer's or an appender's thread, when
        /// the first draft is refused because the day's budget is used up.
        public var draftBudgetExhausted: @Sendable () -> Void = {}
        /// The log's file name in the directory; another name (a log file named
        /// with `survey generate --log`) gets its own lock, `<name>.lock`.
        public var fileName = SurveyFolder.logFileName
        /// Told about every group commit, on the writer's thread after the records are durable or
        /// have failed, before anyone is acknowledged; it must return quickly (the server's metrics).
        public var commitObserver: @Sendable (CommitReport) -> Void = { _ in }

        /// The defaults.
        public init() {}
    }

    public typealias Completion = @Sendable (Result<AppendResult, StoreError>) -> Void

    /// The survey's directory.
    public let directory: String
    /// The survey's directory and the names of its files.
    public var folder: SurveyFolder { SurveyFolder(directory) }
    /// How messages name the directory, e.g. `responses/digitale-bildung`.
    public let displayName: String
    /// Path of the log file.
    public let path: String
    /// Set if opening moved a torn tail aside; the server should log it loudly.
    public let recovery: Recovery?

    private let lock: DirectoryLock
    private let file: any AppendOnlyFile
    /// A second descriptor for reading drafts and histories back while the writer appends.
    private let reader: any PositionalFile
    private let options: Options
    private let writer = DispatchQueue(label: "survey.store.writer")
    /// Hands committed changes to subscribers, in log order, so the writer never waits for them.
    private let notifier = DispatchQueue(label: "survey.store.subscribers")
    private let state: Mutex<State>

    private struct Pending {
        let request: AppendRequest
        let completion: Completion
    }

    private struct State {
        var pending: [Pending] = []
        var drainScheduled = false
        /// Log length up to the end of the last durable record.
        var committedLength: Int
        var lastSequence: Int
        var commitCount = 0
        var revisions: [String: Int] = [:]
        var committedKeys: [String: ResponseRecord] = [:]
        /// Callers that repeated a key whose first append is still being written.
        var waitingOnKey: [String: [Completion]] = [:]
        var unusable: FileError?
        var closed = false
        /// The current responses without answers: those stay in the log and are read back when asked for.
        var view = ResponseView(keepsSubmittedAnswers: false)
        /// Where the answers of each draft in the view lie in the log.
        var draftSpans: [String: LogSpan] = [:]
        /// Where each current submit in the view lies in the log.
        var submittedSpans: [String: LogSpan] = [:]
        /// Where every record of each response lies in the log, for ``history(of:includeAnswers:)``.
        var historySpans = ResponseSpans()
        /// Drafts' answers read back recently; a commit for a response drops its entry.
        var draftCache = DraftCache(byteBudget: ResponseLog.draftCacheBytes)
        /// The UTC day (days since 1970) the draft byte count below belongs to.
        var draftDay = 0
        var draftBytesToday = 0
        /// Whether today's budget has refused a draft (and the warning has gone out).
        var draftBudgetExhausted = false
        var subscribers: [Int: @Sendable (ViewChange) -> Void] = [:]
        var nextSubscriberID = 0

        /// Takes a durable record into the state.
        /// - Parameters:
        ///   - span: where the record lies in the log.
        ///   - resumable: false leaves a draft (one past its retention) out of the view.
        /// - Returns: what changed in the view, and where the submit it replaced or removed lies, whose
        ///   answers subscribers need to take it back.
        mutating func commit(
            _ record: ResponseRecord, span: LogSpan, resumable: Bool = true, maintainsView: Bool
        ) -> (change: ViewChange, replacedSpan: LogSpan?)? {
            lastSequence = record.sequence
            revisions[record.responseID] = record.revision
            draftCache.forget(record.responseID)
            if let key = record.idempotencyKey {
                // A repeated request gets its bookkeeping back, not its answers: those stay in the log.
                committedKeys[key] = record.withoutAnswers
            }
            guard maintainsView else { return nil }
            historySpans.add(span, of: record.responseID)
            switch record.kind {
            case .draft:
                guard resumable else {
                    // A draft past its retention still counts for its participant and the record count;
                    // only resuming it is no longer offered.
                    draftSpans[record.responseID] = nil
                    let change = view.apply(record)
                    view.forgetDraft(of: record.responseID)
                    return (change, nil)
                }
                draftSpans[record.responseID] = span
                return (view.apply(record), nil)
            case .submit:
                draftSpans[record.responseID] = nil
                return (view.apply(record), submittedSpans.updateValue(span, forKey: record.responseID))
            case .void:
                draftSpans[record.responseID] = nil
                return (view.apply(record), submittedSpans.removeValue(forKey: record.responseID))
            }
        }

        /// Counts a draft of `bytes` against the day's budget; false when it does not fit.
        mutating func chargeDraft(bytes: Int, day: Int, budget: DraftBudget) -> Bool {
            if day != draftDay {
                draftDay = day
                draftBytesToday = 0
                draftBudgetExhausted = false
            }
            guard bytes <= budget.answerBytesPerDay - draftBytesToday else { return false }
            draftBytesToday += bytes
            return true
        }
    }

    /// Opens (creating if needed) the log in `directory`, taking its lock and
    /// recovering from a crash.
    ///
    /// - Throws: ``StoreError/inUse(directory:processID:)`` if another process
    ///   has it; ``StoreError/damagedLine(file:line:reason:)`` for the first
    ///   bad line before the end; ``StoreError/file(_:)`` for system errors.
    public init(directory: String, displayName: String? = nil, options: Options = Options()) throws(StoreError) {
        self.directory = directory
        self.displayName = displayName ?? directory
        self.options = options
        let folder = SurveyFolder(directory)
        path = folder.file(options.fileName)
        do {
            try PrivateFiles.createFolder(directory)
        } catch {
            throw .file(error)
        }
        let lockPath =
            options.fileName == SurveyFolder.logFileName ? folder.lock : folder.file(options.fileName + ".lock")
        lock = try DirectoryLock(path: lockPath, displayName: self.displayName)
        var initial = State(committedLength: 0, lastSequence: 0)
        let now = options.clock()
        let oldestDraft = options.draftRetentionDays.map {
            Timestamp(millisecondsSince1970: now.millisecondsSince1970 - Int64($0) * 86_400_000)
        }
        // Today's drafts count against the budget across a restart.
        initial.draftDay = now.daysSince1970
        var scan: LogScan
        let draftDay = initial.draftDay
        do {
            // The view and the keys keep no answers: they stay in the log until read back. Only today's
            // drafts are decoded with theirs, to charge the day's draft budget.
            scan = try LogScan(
                path: path,
                keepsAnswers: { $0.kind == .draft && $0.time.daysSince1970 == draftDay }
            ) { record, span in
                let isOldDraft = record.kind == .draft && oldestDraft.map { record.time < $0 } ?? false
                // Charged as in append: the answers' bytes, not the whole line.
                if record.kind == .draft, record.time.daysSince1970 == initial.draftDay {
                    initial.draftBytesToday += record.answers?.serialized().utf8.count ?? 0
                }
                _ = initial.commit(record, span: span, resumable: !isOldDraft, maintainsView: options.maintainsView)
            }
        } catch {
            throw .file(error)
        }
        scan.absorbBadLastLineIntoTail()
        if let first = scan.badLines.first {
            throw .damagedLine(file: path, line: first.number, reason: first.reason)
        }
        do {
            recovery = try Self.setAsideTornTail(scan.tail, logPath: path, clock: options.clock)
            let opened = try POSIXFile.openForAppending(path)
            if recovery != nil {
                try opened.truncate(to: scan.completeLength)
                try opened.synchronize()
            }
            try FileSystem.synchronizeDirectory(directory)
            file = options.fileWrapper(opened)
            reader = options.readerWrapper(try POSIXFile.openForReading(path))
        } catch {
            throw .file(error)
        }
        initial.committedLength = scan.completeLength
        state = Mutex(initial)
    }

    /// Writes the torn bytes aside before they are cut away.
    private static func setAsideTornTail(
        _ tail: LogReader.Tail, logPath: String, clock: () -> Timestamp
    ) throws(FileError) -> Recovery? {
        guard !tail.bytes.isEmpty else { return nil }
        let sideFile = try TornTail.setAside(tail.bytes, of: logPath, time: clock())
        return Recovery(sideFile: sideFile, line: tail.lineNumber, byteCount: tail.bytes.count)
    }

    // MARK: Appending

    /// Appends a record; `completion` runs once it is durable or has failed.
    ///
    /// A repeated idempotency key completes with the first record and
    /// `replayed == true`, without writing, even while the first is in flight.
    public func append(_ request: AppendRequest, completion: @escaping Completion) {
        do {
            try request.validate()
        } catch {
            completion(.failure(error))
            return
        }
        var draftBytes: Int?
        if case .draft(_, let answers) = request.content {
            let bytes = answers.serialized().utf8.count
            let limit = options.draftBudget.maxAnswerBytes
            guard bytes <= limit else {
                completion(.failure(.draftTooLarge(bytes: bytes, limit: limit)))
                return
            }
            draftBytes = bytes
        }
        let day = options.clock().daysSince1970
        enum Decision {
            case replay(ResponseRecord)
            case wait
            case enqueue(scheduleDrain: Bool)
            case reject
            case overBudget(warn: Bool)
        }
        let decision = state.withLock { state -> Decision in
            if state.closed { return .reject }
            if let key = request.idempotencyKey {
                if let record = state.committedKeys[key] { return .replay(record) }
                if state.waitingOnKey[key] != nil {
                    state.waitingOnKey[key, default: []].append(completion)
                    return .wait
                }
            }
            if let draftBytes, !state.chargeDraft(bytes: draftBytes, day: day, budget: options.draftBudget) {
                defer { state.draftBudgetExhausted = true }
                return .overBudget(warn: !state.draftBudgetExhausted)
            }
            if let key = request.idempotencyKey { state.waitingOnKey[key] = [] }
            state.pending.append(Pending(request: request, completion: completion))
            defer { state.drainScheduled = true }
            return .enqueue(scheduleDrain: !state.drainScheduled)
        }
        switch decision {
        case .replay(let record): completion(.success(AppendResult(record: record, replayed: true)))
        case .wait: break
        case .reject: completion(.failure(.closed(directory: displayName)))
        case .overBudget(let warn):
            if warn { options.draftBudgetExhausted() }
            completion(.failure(.draftBudgetExhausted(directory: displayName)))
        case .enqueue(let scheduleDrain):
            if scheduleDrain { writer.async { self.drain() } }
        }
    }

    /// Appends a record and returns when it is durable.
    public func append(_ request: AppendRequest) async throws(StoreError) -> AppendResult {
        let result = await withCheckedContinuation { continuation in
            append(request) { continuation.resume(returning: $0) }
        }
        return try result.get()
    }

    /// Appends many records with one write and one fsync, blocking the caller.
    ///
    /// For bulk work (imports, generated test data); results are in request order.
    /// It must not be called from a completion or subscriber (they run on the writer queue).
    public func appendBatch(_ requests: [AppendRequest]) -> [Result<AppendResult, StoreError>] {
        dispatchPrecondition(condition: .notOnQueue(writer))
        let results = Mutex([Result<AppendResult, StoreError>?](repeating: nil, count: requests.count))
        // Queued on the writer itself, so no scheduled drain can take the first
        // records before the rest are queued: the batch is one write and one fsync.
        // After the drain every completion above has run.
        writer.sync {
            for (index, request) in requests.enumerated() {
                append(request) { result in results.withLock { $0[index] = result } }
            }
            drain()
        }
        return results.withLock { results in
            results.map { result in
                guard let result else { preconditionFailure("drain() returned before completing every request") }
                return result
            }
        }
    }

    /// Writes what was accepted, refuses later appends and releases the
    /// survey's lock at once.
    ///
    /// Without it the lock goes when the last reference does, and the writer
    /// queue may hold one a moment after the final completion ran: a store
    /// reopened in the same process right then would find its own lock taken.
    public func close() {
        state.withLock { $0.closed = true }
        writer.sync { drain() }
        lock.release()
    }

    /// Threads that encode a large batch (``RecordLines``): one per processor.
    private static let encodingThreads = max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN)))

    /// Writes pending batches until none is left. Runs on the writer queue only.
    private func drain() {
        while true {
            let batch = state.withLock { state -> [Pending] in
                let batch = state.pending
                state.pending.removeAll(keepingCapacity: true)
                if batch.isEmpty { state.drainScheduled = false }
                return batch
            }
            if batch.isEmpty { return }
            commit(batch)
        }
    }

    /// Assigns sequence numbers and revisions, writes, fsyncs, then publishes.
    private func commit(_ batch: [Pending]) {
        let now = options.clock()
        var records: [(ResponseRecord, Completion)] = []
        var rejected: [(Pending, StoreError)] = []
        let prepared = state.withLock { state -> (committedLength: Int, unusable: FileError?) in
            var sequence = state.lastSequence
            var revisions: [String: Int] = [:]
            for pending in batch {
                let id = pending.request.responseID
                let previous = revisions[id] ?? state.revisions[id]
                if case .void = pending.request.content, previous == nil {
                    rejected.append((pending, .unknownResponse(id)))
                    continue
                }
                sequence += 1
                let revision = (previous ?? 0) + 1
                revisions[id] = revision
                records.append(
                    (pending.request.record(sequence: sequence, revision: revision, time: now), pending.completion))
            }
            return (state.committedLength, state.unusable)
        }
        // Serialising outside the lock keeps appenders on other threads from waiting for it.
        let lines = RecordLines(records.map(\.0), threads: Self.encodingThreads)
        let bytes = lines.bytes
        let spans = lines.lines.map { LogSpan(offset: prepared.committedLength + $0.start, length: $0.length) }
        for (pending, error) in rejected {
            finish(key: pending.request.idempotencyKey, first: pending.completion, with: .failure(error))
        }
        if records.isEmpty { return }
        if let unusable = prepared.unusable {
            for (record, completion) in records {
                finish(key: record.idempotencyKey, first: completion, with: .failure(.unusable(unusable)))
            }
            return
        }
        var fsyncSeconds: Double?
        do {
            try file.append(bytes)
            let fsyncStart = ContinuousClock.now
            try file.synchronize()
            fsyncSeconds = Self.seconds(ContinuousClock.now - fsyncStart)
        } catch {
            options.commitObserver(
                CommitReport(
                    log: displayName, records: records.count, fsyncSeconds: nil, succeeded: false, time: now))
            let failure = undoFailedWrite(error, committedLength: prepared.committedLength)
            for (record, completion) in records {
                finish(key: record.idempotencyKey, first: completion, with: .failure(failure))
            }
            return
        }
        options.commitObserver(
            CommitReport(
                log: displayName, records: records.count, fsyncSeconds: fsyncSeconds, succeeded: true, time: now))
        let maintainsView = options.maintainsView
        let (changes, subscribers) = state.withLock { state in
            state.committedLength += bytes.count
            state.commitCount += 1
            let changes = zip(records, spans).compactMap { entry, span in
                state.commit(entry.0, span: span, maintainsView: maintainsView)
            }
            return (changes, Array(state.subscribers.values))
        }
        // Handed over before the acknowledgements, so whoever is acknowledged and then calls
        // waitForSubscribers() finds the change delivered; the writer itself never waits for them,
        // nor for reading back the answers of replaced submits, which happens on the notifier's queue.
        if !changes.isEmpty, !subscribers.isEmpty {
            notifier.async {
                for (change, replacedSpan) in changes {
                    let delivered = self.withReplacedAnswers(change, at: replacedSpan)
                    for subscriber in subscribers { subscriber(delivered) }
                }
            }
        }
        for (record, completion) in records {
            finish(
                key: record.idempotencyKey, first: completion,
                with: .success(AppendResult(record: record, replayed: false)))
        }
    }

    private static func seconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }

    /// Cuts a partly written batch away so the log ends at its last complete record.
    private func undoFailedWrite(_ error: FileError, committedLength: Int) -> StoreError {
        do {
            try file.truncate(to: committedLength)
            // After a failed fsync the kernel may have dropped dirty pages; a
            // second fsync makes the truncation itself durable.
            try file.synchronize()
            return .file(error)
        } catch let undoError {
            state.withLock { $0.unusable = undoError }
            return .unusable(undoError)
        }
    }

    /// Completes the first caller of a key and everyone who repeated it meanwhile.
    private func finish(key: String?, first: Completion, with result: Result<AppendResult, StoreError>) {
        first(result)
        guard let key else { return }
        let waiters = state.withLock { $0.waitingOnKey.removeValue(forKey: key) } ?? []
        for waiter in waiters {
            waiter(result.map { AppendResult(record: $0.record, replayed: true) })
        }
    }

    // MARK: Reading

    /// A snapshot of the current view (empty if ``Options/maintainsView`` is off).
    public var view: ResponseView {
        state.withLock { $0.view }
    }

    /// The answers of the current draft of a response, read from the log; nil when the view has no draft for it.
    ///
    /// - Throws: ``StoreError/file(_:)`` when the log cannot be read, or
    ///   ``StoreError/damagedLine(file:line:reason:)`` (line 0: unknown) if the
    ///   bytes are no longer the record they were.
    public func draftAnswers(of responseID: String) throws(StoreError) -> JSON? {
        let (current, kept) = state.withLock { state in
            let span = state.draftSpans[responseID]
            return (span, span.flatMap { state.draftCache.answers(of: responseID, at: $0) })
        }
        guard let span = current else { return nil }
        if let kept { return kept }
        let answers = try readDraftAnswers(at: span)
        state.withLock { state in
            // A draft committed meanwhile has replaced this one; its answers are not kept for it.
            if state.draftSpans[responseID] == span { state.draftCache.keep(answers, of: responseID, at: span) }
        }
        return answers
    }

    /// The answers of the current submit of a response, read from the log; nil when the response is not
    /// submitted (or voided).
    ///
    /// - Throws: ``StoreError/file(_:)`` when the log cannot be read, or
    ///   ``StoreError/damagedLine(file:line:reason:)`` (line 0: unknown) if the
    ///   bytes are no longer the record they were.
    public func submittedAnswers(of responseID: String) throws(StoreError) -> JSON? {
        guard let span = state.withLock({ $0.submittedSpans[responseID] }) else { return nil }
        return try readRecord(at: span, keepAnswers: true).answers
    }

    /// Every current submit with its answers, in log order: what exports, published reports and the
    /// designer's answer counts read. Each is read from the log at its place, so the cost grows with the
    /// current responses, not with drafts and earlier revisions; the log is not held meanwhile.
    ///
    /// - Throws: as ``submittedAnswers(of:)``.
    public func submittedRecords() throws(StoreError) -> [ResponseRecord] {
        try snapshot().submitted
    }

    /// The current view and its submits with their answers, both from one moment, for a report whose
    /// counts and response rates must agree.
    ///
    /// - Throws: as ``submittedAnswers(of:)``.
    public func snapshot() throws(StoreError) -> (view: ResponseView, submitted: [ResponseRecord]) {
        var records: [ResponseRecord] = []
        let view = try forEachSubmitted { records.append($0) }
        return (view, records)
    }

    /// Hands every current submit with its answers to `body`, one at a time in log order, without
    /// keeping them: for checks that count, where holding them all would cost their whole size at once.
    ///
    /// - Parameter isIncluded: Which submits to read, judged by their bookkeeping (e.g. the definition
    ///   version they were made with), so that the others cost no reading at all.
    /// - Returns: the view the submits belong to.
    /// - Throws: as ``submittedAnswers(of:)``.
    @discardableResult
    public func forEachSubmitted(
        where isIncluded: (ResponseRecord) -> Bool = { _ in true }, _ body: (ResponseRecord) -> Void
    ) throws(StoreError) -> ResponseView {
        let (view, spans) = state.withLock { state in
            let spans = state.submittedSpans.compactMap { id, span in
                state.view.submitted[id].map(isIncluded) == true ? span : nil
            }
            return (state.view, spans.sorted { $0.offset < $1.offset })
        }
        for span in spans { body(try readRecord(at: span, keepAnswers: true)) }
        return view
    }

    /// `change` with the answers of the submit it replaced or removed, read back from `span`, for
    /// subscribers that take that submit back (live evaluations).
    ///
    /// A line that cannot be read back (a failing disk) is handed over without answers; a live
    /// evaluation then cannot take the old submit back, and its counts include it until the server
    /// restarts, while the log itself stays intact.
    private func withReplacedAnswers(_ change: ViewChange, at span: LogSpan?) -> ViewChange {
        guard let span, let old = try? readRecord(at: span, keepAnswers: true) else { return change }
        switch change {
        case .submitted(let record, _): return .submitted(record, replacing: old)
        case .voided(let record, _): return .voided(record, removed: old)
        case .drafted: return change
        }
    }

    /// The line bytes of drafts whose answers are kept in memory after being read back (``DraftCache``).
    static let draftCacheBytes = 4 << 20

    /// How many drafts' answers are kept in memory, and the bytes of their lines; for tests of the bound.
    var draftCacheUsage: (drafts: Int, bytes: Int) { state.withLock { $0.draftCache.usage } }

    /// Reads the answers of the draft whose line lies at `span`.
    private func readDraftAnswers(at span: LogSpan) throws(StoreError) -> JSON? {
        try readRecord(at: span, keepAnswers: true).answers
    }

    /// Reads back the record whose line lies at `span`; see ``PositionalFile/record(at:of:keepAnswers:)``.
    private func readRecord(at span: LogSpan, keepAnswers: Bool) throws(StoreError) -> ResponseRecord {
        try reader.record(at: span, of: path, keepAnswers: keepAnswers)
    }

    /// Whether today's drafts have used up ``DraftBudget/answerBytesPerDay``, for the office's notice.
    public var isDraftBudgetExhausted: Bool {
        let day = options.clock().daysSince1970
        return state.withLock { $0.draftBudgetExhausted && $0.draftDay == day }
    }

    /// The history of one response: each of its records in log order, read from the log by the
    /// offsets noted when the log was opened and at each commit, so the cost grows with the
    /// response's revisions, not with the log. Empty for an unknown response, and when
    /// ``Options/maintainsView`` is off.
    ///
    /// - Parameter includeAnswers: false leaves `answers` nil, which is all a list of revisions needs.
    /// - Throws: ``StoreError/file(_:)`` when the log cannot be read, or
    ///   ``StoreError/damagedLine(file:line:reason:)`` (line 0: unknown) if the bytes are no longer a record.
    public func history(of responseID: String, includeAnswers: Bool = false) throws(StoreError) -> [ResponseRecord] {
        let spans = state.withLock { $0.historySpans.spans(of: responseID) }
        var records: [ResponseRecord] = []
        records.reserveCapacity(spans.count)
        for span in spans { records.append(try readRecord(at: span, keepAnswers: includeAnswers)) }
        return records
    }

    /// The length of the log up to the end of its last durable record: what readers may rely on.
    ///
    /// Bytes beyond it belong to a write in progress. Derived files record the length they cover.
    public var committedLength: Int {
        state.withLock { $0.committedLength }
    }

    /// Number of records in the log.
    public var recordCount: Int {
        state.withLock { $0.lastSequence }
    }

    /// Number of successful write-and-fsync rounds since opening; with
    /// ``recordCount`` it shows how many records share one fsync.
    public var commitCount: Int {
        state.withLock { $0.commitCount }
    }

    /// Why the log cannot take new records now, or nil when it can: it is open, no failed
    /// write left it unusable, and the file is still writable (not, say, on a file system
    /// remounted read-only or with its permissions taken away).
    public var writeProblem: LogWriteProblem? {
        let (closed, unusable) = state.withLock { ($0.closed, $0.unusable) }
        if closed { return .closed }
        if let unusable { return .unusable(unusable) }
        if access(path, W_OK) != 0 { return .notWritable(path: path, code: errno) }
        return nil
    }

    /// Registers `handler` for every later change and returns the log length it starts from.
    ///
    /// The length and the registration are taken atomically: the records before the length are
    /// in the file (read them with ``LogLines`` up to it), and the handler sees every record after
    /// it exactly once, in log order. It runs on the log's subscriber queue after the record is
    /// durable, never on the writer, so a slow handler delays other handlers, not appends. It
    /// must not call ``waitForSubscribers()``. No snapshot of the view is taken: one held while
    /// the writer goes on would make the writer copy the whole view at its next commit.
    public func subscribe(_ handler: @escaping @Sendable (ViewChange) -> Void) -> (
        committedLength: Int, subscription: Int
    ) {
        state.withLock { state in
            let id = state.nextSubscriberID
            state.nextSubscriberID += 1
            state.subscribers[id] = handler
            return (state.committedLength, id)
        }
    }

    /// Stops calls to a handler registered with ``subscribe(_:)``; a change already handed
    /// to the subscriber queue may still arrive.
    public func unsubscribe(_ subscription: Int) {
        _ = state.withLock { $0.subscribers.removeValue(forKey: subscription) }
    }

    /// Returns once every change committed before the call has been handed to the subscribers,
    /// so a report asked for after an acknowledgement includes that record.
    public func waitForSubscribers() {
        dispatchPrecondition(condition: .notOnQueue(notifier))
        notifier.sync {}
    }
}
