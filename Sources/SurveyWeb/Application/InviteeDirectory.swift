import Foundation
import Synchronization

/// The invited participants of every survey, found by the hash of their access token.
public final class InviteeDirectory: Sendable {
    private struct State {
        var byTokenHash: [String: Invitee] = [:]
        var bySurvey: [String: [String: Invitee]] = [:]
        /// When an unknown code last made the participants files be read again.
        var lastRereadForUnknownCode: Date?
    }

    private let state = Mutex(State())

    /// Creates an empty directory.
    public init() {}

    /// Adds or replaces the participants of one survey.
    func replace(surveyID: String, with invitees: [Invitee]) {
        state.withLock { state in
            for old in (state.bySurvey[surveyID] ?? [:]).values {
                state.byTokenHash[old.tokenHash] = nil
            }
            var byID: [String: Invitee] = [:]
            for invitee in invitees where invitee.surveyID == surveyID {
                byID[invitee.id] = invitee
                state.byTokenHash[invitee.tokenHash] = invitee
            }
            state.bySurvey[surveyID] = byID
        }
    }

    /// Whether an unknown code may have the participants files read again now:
    /// at most once a second, so a stream of made-up codes cannot keep the
    /// server reading files. A school imported or reissued a moment ago waits
    /// that second at most, and the regular reload catches up anyway.
    func mayRereadForUnknownCode(now: Date) -> Bool {
        state.withLock { state in
            if let last = state.lastRereadForUnknownCode, now.timeIntervalSince(last) < 1, now >= last {
                return false
            }
            state.lastRereadForUnknownCode = now
            return true
        }
    }

    /// The participant whose token has this hash.
    public func invitee(tokenHash: String) -> Invitee? {
        state.withLock { $0.byTokenHash[tokenHash] }
    }

    /// One participant of a survey.
    public func invitee(surveyID: String, id: String) -> Invitee? {
        state.withLock { $0.bySurvey[surveyID]?[id] }
    }

    /// The fields of a survey's participants by participant id, as filters and breakdowns read them.
    public func fieldsByParticipant(of surveyID: String) -> [String: [String: String]] {
        state.withLock { ($0.bySurvey[surveyID] ?? [:]).mapValues(\.fields) }
    }

    /// The participants of a survey, ordered by label.
    public func invitees(of surveyID: String) -> [Invitee] {
        // Numbers in labels sort as numbers ("Schule 2" before "Schule 10"), as people expect.
        let invitees = state.withLock { Array(($0.bySurvey[surveyID] ?? [:]).values) }
        return invitees.sorted { left, right in
            switch left.label.localizedStandardCompare(right.label) {
            case .orderedAscending: true
            case .orderedDescending: false
            case .orderedSame: left.id < right.id
            }
        }
    }
}
