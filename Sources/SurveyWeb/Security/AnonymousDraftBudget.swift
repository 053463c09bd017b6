import Foundation
import Synchronization

/// How many bytes of drafts the public respondents behind one client may store per survey and UTC day.
///
/// The store's daily draft budget per survey protects the disk, but a single
/// respondent can spend it alone within minutes, and then no one can save a
/// draft, nor therefore move through a questionnaire of several pages, until
/// midnight. Counting public drafts per client (an IPv4 address or an IPv6 /64)
/// first leaves one client a small share of the survey's budget. Invited
/// schools are not counted: each is known by its link, and many of them may
/// share one address.
final class AnonymousDraftBudget: Sendable {
    private struct Window {
        /// Days since 1970 (UTC) that the counts belong to.
        var day: Int64 = .min
        var bytes: [String: Int] = [:]
    }

    /// Bytes of draft answers one client may store per survey and day.
    let bytesPerClientPerDay: Int
    /// How many survey and client pairs are counted at once.
    let capacity: Int
    private let window = Mutex(Window())

    /// Creates a budget with nothing used.
    init(bytesPerClientPerDay: Int, capacity: Int = 100_000) {
        self.bytesPerClientPerDay = bytesPerClientPerDay
        self.capacity = capacity
    }

    /// Charges a draft of `bytes` of `surveyID` to `client`.
    ///
    /// A grant cookie works from any address, so the clients of one day are
    /// not bounded by the responses begun; the table is: once `capacity`
    /// pairs are counted, a draft from a new one is refused until the next day.
    /// - Returns: false when the client's share of the day does not hold the draft, or the table is full
    ///   (nothing is charged then).
    func take(_ bytes: Int, surveyID: String, client: String, at now: Date) -> Bool {
        let (day, key) = Self.day(now, surveyID, client)
        return window.withLock { window in
            if window.day != day { window = Window(day: day) }
            if window.bytes[key] == nil, window.bytes.count >= capacity { return false }
            let used = window.bytes[key, default: 0]
            guard bytes <= bytesPerClientPerDay - used else { return false }
            window.bytes[key] = used + bytes
            return true
        }
    }

    /// Gives back a charge for a draft the store did not write.
    func giveBack(_ bytes: Int, surveyID: String, client: String, at now: Date) {
        let (day, key) = Self.day(now, surveyID, client)
        window.withLock { window in
            guard window.day == day, let used = window.bytes[key] else { return }
            window.bytes[key] = max(0, used - bytes)
        }
    }

    /// The UTC day of `now` and the counter's key.
    private static func day(_ now: Date, _ surveyID: String, _ client: String) -> (day: Int64, key: String) {
        (Int64((now.timeIntervalSince1970 / 86_400).rounded(.down)), surveyID + " " + client)
    }
}
