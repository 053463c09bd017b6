import Foundation
import Synchronization

/// How many new anonymous responses a public survey hands out per hour, per client address and in all.
///
/// A public survey gives every browser without a cookie a fresh response, and
/// each response may hold drafts; a script with fresh cookies could open
/// thousands. Counting happens where a response begins (its grant is issued),
/// in windows of one clock hour, so a refusal can say exactly when to try again.
/// Memory is bounded by the addresses seen in the current hour: each new hour
/// starts empty.
final class NewResponseBudget: Sendable {
    /// The hourly limits.
    struct Limits: Sendable, Hashable {
        /// New responses per client address and survey; a school's staff room behind one address stays well below.
        var perAddress: Int
        /// New responses per survey from all addresses together.
        var perSurvey: Int
    }

    private struct Window {
        /// Hours since 1970 that the counts belong to.
        var hour: Int64 = .min
        var byAddress: [String: Int] = [:]
        var bySurvey: [String: Int] = [:]
    }

    let limits: Limits
    private let window = Mutex(Window())

    /// Creates a budget with nothing used.
    init(limits: Limits) {
        self.limits = limits
    }

    /// Takes one new response of `surveyID` for `address`.
    ///
    /// - Returns: nil when the response may begin; otherwise the start of the
    ///   next hour, when it may be tried again (a refusal uses up nothing).
    func take(surveyID: String, address: String, at now: Date) -> Date? {
        let hour = Int64((now.timeIntervalSince1970 / 3600).rounded(.down))
        let addressKey = surveyID + " " + address
        let granted = window.withLock { window -> Bool in
            if window.hour != hour { window = Window(hour: hour) }
            guard window.byAddress[addressKey, default: 0] < limits.perAddress,
                window.bySurvey[surveyID, default: 0] < limits.perSurvey
            else { return false }
            window.byAddress[addressKey, default: 0] += 1
            window.bySurvey[surveyID, default: 0] += 1
            return true
        }
        return granted ? nil : Date(timeIntervalSince1970: Double(hour + 1) * 3600)
    }
}
