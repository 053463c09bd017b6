import Foundation
import SurveyModel
import SurveyStore

/// What the mail log says about each participant: the messages, their results, the last invitation and reminder.
public struct MailHistory: Sendable {
    /// One message: its `sending` line joined with its result, if any.
    public struct Delivery: Sendable, Hashable {
        /// What the log knows of the message's fate.
        public enum State: Sendable, Hashable {
            /// Accepted by the transport at `time`.
            case sent(reply: String, time: Date)
            /// Refused at `time`.
            case failed(reply: String, temporary: Bool, time: Date)
            /// No result was noted: the sender stopped between handing the message over and noting the answer.
            case uncertain
        }

        public let participant: String
        public let template: MailTemplateKind
        public let round: Int
        public let messageID: String
        /// When the `sending` line was written.
        public let started: Date
        public let state: State

        /// Whether the message reached, or may have reached, the participant.
        var mayHaveArrived: Bool {
            if case .failed = state { return false }
            return true
        }
    }

    /// Every message in log order.
    public let deliveries: [Delivery]
    /// The raw log lines by participant (results joined through their Message-ID).
    private let entriesByParticipant: [String: [MailLogEntry]]
    private let deliveriesByParticipant: [String: [Delivery]]

    /// Reads the mail log of the survey in `folder`; a missing log is an empty history.
    public init(folder: SurveyFolder) throws(StoreError) {
        self.init(entries: try MailLog(folder: folder).entries())
    }

    /// The history of the given log lines.
    init(entries: [MailLogEntry]) {
        var results: [String: MailResult] = [:]
        var participantByMessage: [String: String] = [:]
        var byParticipant: [String: [MailLogEntry]] = [:]
        for entry in entries {
            switch entry {
            case .sending(let sending):
                participantByMessage[sending.messageID] = sending.participant
                byParticipant[sending.participant, default: []].append(entry)
            case .result(let result):
                results[result.messageID] = result
                if let participant = participantByMessage[result.messageID] {
                    byParticipant[participant, default: []].append(entry)
                }
            }
        }
        var deliveries: [Delivery] = []
        for case .sending(let sending) in entries {
            let state: Delivery.State =
                switch results[sending.messageID] {
                case nil: .uncertain
                case let result?:
                    switch result.outcome {
                    case .sent: .sent(reply: result.reply, time: result.time.date)
                    case .failed(let temporary):
                        .failed(reply: result.reply, temporary: temporary, time: result.time.date)
                    }
                }
            deliveries.append(
                Delivery(
                    participant: sending.participant, template: sending.template, round: sending.round,
                    messageID: sending.messageID, started: sending.time.date, state: state))
        }
        self.deliveries = deliveries
        entriesByParticipant = byParticipant
        deliveriesByParticipant = Dictionary(grouping: deliveries, by: \.participant)
    }

    /// The log lines about participant `id`, oldest first.
    public func entries(for participantID: String) -> [MailLogEntry] {
        entriesByParticipant[participantID] ?? []
    }

    /// The messages to participant `id`, oldest first.
    public func deliveries(for participantID: String) -> [Delivery] {
        deliveriesByParticipant[participantID] ?? []
    }

    /// When the transport last accepted an invitation to participant `id`.
    public func lastInvited(_ participantID: String) -> Date? { lastSent(.invitation, to: participantID) }

    /// When the transport last accepted a reminder to participant `id`.
    public func lastReminded(_ participantID: String) -> Date? { lastSent(.reminder, to: participantID) }

    /// The highest round number in the log, 0 for an empty log.
    public var lastRound: Int { deliveries.map(\.round).max() ?? 0 }

    private func lastSent(_ kind: MailTemplateKind, to participantID: String) -> Date? {
        deliveries(for: participantID).reversed().lazy.compactMap { delivery -> Date? in
            guard delivery.template == kind, case .sent(_, let time) = delivery.state else { return nil }
            return time
        }.first
    }
}

extension Timestamp {
    /// The same instant as a `Date`.
    var date: Date { Date(timeIntervalSince1970: Double(millisecondsSince1970) / 1000) }
}
