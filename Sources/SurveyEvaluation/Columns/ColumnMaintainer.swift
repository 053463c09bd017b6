import Dispatch
import SurveyModel
import SurveyStore
import Synchronization

/// Keeps one survey's `columns.bin` current while the server runs, off the write path.
///
/// It subscribes to the log: the subscriber queue (never the writer) only
/// counts committed records and wakes a queue of the maintainer's own, which
/// catches the file up from the offset it covers to the log's committed
/// length (``ColumnStore/catchUp(plan:today:participantFields:participants:upTo:notice:)``):
/// the new lines are parsed by the same scanner as a full build, appended as
/// new groups, the rows they replace retired in place. It does so after
/// ``Cadence/records`` records, after ``Cadence/idleSeconds`` without a new
/// record, and at ``close()``. Started, it first builds or catches up the
/// file in the background, so the first report finds it ready
/// (``waitUntilStarted()``) instead of parsing the whole log itself.
///
/// The file stays a cache: whatever goes wrong costs a notice and a rebuild
/// by the next reader, never a submission or a wrong number.
public final class ColumnMaintainer: Sendable {
    /// When the file is caught up.
    public struct Cadence: Sendable {
        /// Records after which the file is caught up at once.
        public var records: Int
        /// Seconds without a new record after which the file is caught up.
        public var idleSeconds: Double

        public init(records: Int = 4096, idleSeconds: Double = 2) {
            self.records = max(1, records)
            self.idleSeconds = idleSeconds
        }
    }

    /// What a catch-up needs to know about the survey, asked anew each time.
    public struct Subject: Sendable {
        public let plan: EvaluationPlan
        public let participantFields: [String]
        /// Every participant's fields by id, as reports see them.
        public let participants: @Sendable () -> [String: [String: String]]
        /// The day `today()` means in conditions.
        public let today: @Sendable () -> ExpressionValue

        public init(
            plan: EvaluationPlan, participantFields: [String],
            participants: @escaping @Sendable () -> [String: [String: String]],
            today: @escaping @Sendable () -> ExpressionValue
        ) {
            self.plan = plan
            self.participantFields = participantFields
            self.participants = participants
            self.today = today
        }
    }

    private struct State {
        /// Records committed since the last catch-up was queued.
        var unsaved = 0
        /// Whether a catch-up is queued and not yet started.
        var queued = false
        /// Whether the idle timer is armed, and whether a record arrived since it was.
        var timerArmed = false
        var recordSinceTimer = false
        var subscription: Int?
        /// The committed length the file was last caught up to.
        var caughtUpTo: Int?
        var closed = false
    }

    private let log: ResponseLog
    private let store: ColumnStore
    private let survey: Subject
    private let cadence: Cadence
    private let notice: @Sendable (String) -> Void
    /// Runs `fire` after the given seconds; tests fire it themselves.
    private let timer: @Sendable (Double, @escaping @Sendable () -> Void) -> Void
    private let worker: DispatchQueue
    private let started = DispatchGroup()
    private let state = Mutex(State())

    /// - Parameters:
    ///   - store: The survey's columns beside `log`.
    ///   - notice: Hears why a file was rebuilt or could not be written, for the operator.
    ///   - timer: Runs a closure after a delay; by default a dispatch timer.
    ///   - worker: The serial queue the file is written on; tests pass one they can wait for.
    public init(
        log: ResponseLog, store: ColumnStore, survey: Subject, cadence: Cadence = Cadence(),
        notice: @escaping @Sendable (String) -> Void,
        timer: @escaping @Sendable (Double, @escaping @Sendable () -> Void) -> Void = { seconds, fire in
            DispatchQueue.global(qos: .utility).asyncAfter(deadline: .now() + seconds, execute: fire)
        },
        worker: DispatchQueue = DispatchQueue(label: "survey.columns.maintainer", qos: .utility)
    ) {
        self.worker = worker
        self.log = log
        self.store = store
        self.survey = survey
        self.cadence = cadence
        self.notice = notice
        self.timer = timer
    }

    /// Follows the log and builds or catches up the file in the background.
    public func start() {
        started.enter()
        let (_, subscription) = log.subscribe { [weak self] _ in self?.committed() }
        state.withLock { $0.subscription = subscription }
        worker.async { [self] in
            catchUp()
            started.leave()
        }
    }

    /// Returns once the catch-up begun by ``start()`` is done: the file then covers at least the log as it
    /// was when the maintainer started.
    public func waitUntilStarted() {
        started.wait()
    }

    /// Catches the file up to the log's committed length now and returns when it is written.
    public func flush() {
        worker.sync { catchUp() }
    }

    /// Stops following the log and writes what it has not written yet; call it at a clean shutdown or
    /// when a new definition version replaces this one.
    public func close() {
        let subscription = state.withLock { state in
            defer {
                state.closed = true
                state.subscription = nil
            }
            return state.subscription
        }
        if let subscription { log.unsubscribe(subscription) }
        flush()
    }

    /// One committed record, on the log's subscriber queue: counts it and wakes the worker or the timer.
    private func committed() {
        enum Next { case nothing, catchUp, armTimer }
        let next = state.withLock { state -> Next in
            guard !state.closed else { return .nothing }
            state.unsaved += 1
            state.recordSinceTimer = true
            if state.unsaved >= cadence.records, !state.queued {
                state.unsaved = 0
                state.queued = true
                return .catchUp
            }
            guard !state.timerArmed else { return .nothing }
            state.timerArmed = true
            state.recordSinceTimer = false
            return .armTimer
        }
        switch next {
        case .nothing: break
        case .catchUp: worker.async { [self] in catchUp() }
        case .armTimer: armTimer()
        }
    }

    private func armTimer() {
        timer(cadence.idleSeconds) { [weak self] in self?.timerFired() }
    }

    /// Catches up when no record came during the last interval; otherwise waits another one.
    private func timerFired() {
        let idle = state.withLock { state -> Bool? in
            guard !state.closed else {
                state.timerArmed = false
                return nil
            }
            if state.recordSinceTimer {
                state.recordSinceTimer = false
                return false
            }
            state.timerArmed = false
            state.unsaved = 0
            state.queued = true
            return true
        }
        switch idle {
        case true?: worker.async { [self] in catchUp() }
        case false?: armTimer()
        case nil: break
        }
    }

    /// Brings the file up to the committed length, unless it is there already. Runs on the worker.
    private func catchUp() {
        dispatchPrecondition(condition: .onQueue(worker))
        state.withLock { $0.queued = false }
        let length = log.committedLength
        guard state.withLock({ $0.caughtUpTo }) != length else { return }
        do {
            try store.catchUp(
                plan: survey.plan, today: survey.today(), participantFields: survey.participantFields,
                participants: survey.participants(), upTo: length, notice: notice)
            state.withLock { $0.caughtUpTo = length }
        } catch {
            notice(
                "\(store.columnsPath ?? store.logPath) is not brought up to date: \(StoreError.file(error).description)"
            )
        }
    }
}
