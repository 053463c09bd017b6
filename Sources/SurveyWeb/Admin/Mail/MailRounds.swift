import Dispatch
import Foundation
import Synchronization

/// The mail rounds the office has started while the server runs, at most one per survey at a time.
///
/// A round takes minutes (the rate limit spreads its messages), longer than any request may: it runs on
/// a thread of its own, the request that started it answers at once, and the progress page reads the
/// round's status here. What was sent is in the survey's mail log; this registry only shows the
/// rounds of this server's lifetime.
final class MailRounds: Sendable {
    private let rounds = Mutex([String: MailRoundStatus]())
    private let running = DispatchGroup()

    init() {}

    /// Starts `work` on a new thread for `surveyID` with `status` as its first state, unless a round
    /// of that survey is still running.
    ///
    /// `work` reports through the closure it is given, which changes the round's status under the lock.
    /// - Returns: false, and nothing started, when a round of the survey is running.
    func start(
        surveyID: String, status: MailRoundStatus,
        work: @escaping @Sendable (_ update: @Sendable ((inout MailRoundStatus) -> Void) -> Void) -> Void
    ) -> Bool {
        let claimed = rounds.withLock { rounds in
            if let current = rounds[surveyID], current.isRunning { return false }
            rounds[surveyID] = status
            return true
        }
        guard claimed else { return false }
        running.enter()
        let thread = Thread { [self] in
            work { change in
                rounds.withLock { rounds in
                    if var status = rounds[surveyID] {
                        change(&status)
                        rounds[surveyID] = status
                    }
                }
            }
            running.leave()
        }
        thread.name = "survey.web.mail.\(surveyID)"
        thread.start()
        return true
    }

    /// The survey's running round, or the last one this server sent; nil when none was started.
    func status(of surveyID: String) -> MailRoundStatus? {
        rounds.withLock { $0[surveyID] }
    }

    /// Waits until every round started has finished, for tests; a server that stops leaves a round where it
    /// is, and the mail log lets the next round go on from there.
    func waitUntilIdle() {
        running.wait()
    }
}
