import CryptoPrimitives
import Foundation
import InternetMessage
import MailTransport
import SurveyModel
import SurveyStore

/// One run of ``MailRound/send(_:progress:)``: the log lines around each message, the rate, the stop rules.
///
/// Right before each message it reads the lines appended to the response log since the plan (or the last
/// message), so a participant who submitted in the minutes the round has been sending gets nothing more.
struct RoundSender {
    let round: MailRound
    let plan: MailRoundPlan

    func run(progress: @Sendable (MailProgress) -> Void) throws(MailRoundError) -> MailRoundSummary {
        let invalid = plan.skipped.filter { $0.reason.category == .invalidAddress }
        guard invalid.isEmpty else { throw .invalidAddresses(invalid) }
        var sent: [Participant] = []
        var failed: [MailFailure] = []
        var uncertain: [Participant] = []
        var answeredMeanwhile: [MailSkip] = []
        var roundNumber = plan.round
        var overtaken: Set<String> = []
        func summary(stoppedBy error: MailTransportError? = nil) -> MailRoundSummary {
            let finished = Set(
                sent.map(\.id) + failed.map(\.participant.id) + uncertain.map(\.id)
                    + answeredMeanwhile.map(\.participant.id)
            ).union(overtaken)
            return MailRoundSummary(
                round: roundNumber, sent: sent, failed: failed, uncertain: uncertain,
                skipped: plan.skipped + answeredMeanwhile,
                stoppedBy: error,
                notReached: plan.recipients.filter { !finished.contains($0.id) })
        }
        guard !plan.recipients.isEmpty else { return summary() }
        let lock: MailRoundLock
        do {
            lock = try MailRoundLock(folder: round.folder)
        } catch {
            if case .inUse(_, let processID) = error { throw .roundInProgress(processID: processID) }
            throw .store(error)
        }
        defer { lock.release() }
        do {
            try round.transport.verify()
        } catch {
            throw .transportUnreachable(error)
        }
        let files: RoundFiles
        do {
            // Another round may have run between planning and now: it had the same number, and its
            // recipients must not get this round's message too.
            let history = try MailHistory(folder: round.folder)
            roundNumber = max(plan.round, history.lastRound + 1)
            overtaken = Set(
                history.deliveries.filter { $0.round >= plan.round && $0.template == plan.request.kind }.map(
                    \.participant))
            files = try RoundFiles(round: round)
        } catch {
            throw .store(error)
        }
        var pace = RatePace(perMinute: round.settings.perMinute, clock: round.clock, sleeper: round.sleeper)
        for participant in plan.recipients where !overtaken.contains(participant.id) {
            guard let address = MailMessageBuilder.recipient(participant) else { continue }
            pace.waitForTurn()
            let (outcome, stop): (MailProgress.Outcome, MailTransportError?)
            do {
                if try plan.submitWatch?.hasSubmitted(participant) == true {
                    (outcome, stop) = (.submittedMeanwhile, nil)
                } else {
                    (outcome, stop) = try send(to: participant, at: address, round: roundNumber, files: files)
                }
            } catch {
                throw .store(error)
            }
            switch outcome {
            case .sent: sent.append(participant)
            case .failed(let reply, let temporary):
                failed.append(MailFailure(participant: participant, reply: reply, temporary: temporary))
            case .uncertain: uncertain.append(participant)
            case .submittedMeanwhile:
                answeredMeanwhile.append(MailSkip(participant: participant, reason: .submittedMeanwhile))
            }
            progress(
                MailProgress(
                    participant: participant, outcome: outcome,
                    done: sent.count + failed.count + uncertain.count + answeredMeanwhile.count,
                    total: plan.recipients.count))
            if let stop { return summary(stoppedBy: stop) }
        }
        return summary()
    }

    /// What a round writes to: the participants file (tokens), the mail log, and the link key.
    private struct RoundFiles {
        let registry: ParticipantRegistry
        let log: MailLog
        let key: LinkKey

        init(round: MailRound) throws(StoreError) {
            registry = try ParticipantRegistry(directory: round.folder.path)
            log = try MailLog(folder: round.folder, clock: { Timestamp(round.clock()) })
            key = try LinkKey.loadOrCreate(at: round.folder.linkKey)
        }
    }

    /// One message: the token, the `sending` line, the transport, the result line (none when uncertain).
    private func send(
        to participant: Participant, at address: MailAddress, round number: Int, files: RoundFiles
    ) throws(StoreError) -> (MailProgress.Outcome, stop: MailTransportError?) {
        let token = try token(of: participant, registry: files.registry, key: files.key)
        let messageID = MessageID.generate(domain: round.settings.from.domain)
        let message = plan.builder.message(
            plan.request.kind, to: participant, code: token.description, messageID: messageID, date: round.clock())
        try files.log.append(
            .sending(
                MailSending(
                    participant: participant.id, template: plan.request.kind, round: number, messageID: messageID,
                    time: Timestamp(round.clock()))))
        let (outcome, stop) = deliver(message, to: address)
        if let (logOutcome, reply) = outcome.logResult {
            try files.log.append(
                .result(
                    MailResult(messageID: messageID, outcome: logOutcome, reply: reply, time: Timestamp(round.clock()))
                ))
        }
        return (outcome, stop)
    }

    /// The invitation's token again if it can be computed, else a new derivable one (which ends older sessions).
    private func token(
        of participant: Participant, registry: ParticipantRegistry, key: LinkKey
    ) throws(StoreError) -> AccessToken {
        if let token = try registry.currentToken(of: participant.id, key: key, surveyID: round.survey.id) {
            return token
        }
        return try registry.issueDerivableToken(id: participant.id, key: key, surveyID: round.survey.id).token
    }

    /// Hands `message` to the transport; the second value is set when the round must stop
    /// (the transport is unreachable or misconfigured), so the rest waits for the next round.
    private func deliver(
        _ message: MailMessage, to address: MailAddress
    ) -> (MailProgress.Outcome, stop: MailTransportError?) {
        let envelope = MailEnvelope(sender: round.settings.from.address, recipients: [address.address])
        do {
            let delivery = try round.transport.send(message.rendered(), envelope: envelope)
            return (.sent(reply: delivery.reply), nil)
        } catch {
            let reply = error.reply ?? error.detail
            if case .outcomeUnknown = error.reason { return (.uncertain(detail: error.detail), nil) }
            switch error.kind {
            case .permanent, .protocolViolation: return (.failed(reply: reply, temporary: false), nil)
            case .temporary: return (.failed(reply: reply, temporary: true), nil)
            case .unreachable, .configuration: return (.failed(reply: reply, temporary: true), error)
            }
        }
    }
}

/// A message the transport refused.
public struct MailFailure: Sendable {
    public let participant: Participant
    /// The transport's reply or, without one, what went wrong.
    public let reply: String
    /// Whether the transport asked to try later (its retries ran out).
    public let temporary: Bool
}

extension MailProgress.Outcome {
    /// The outcome as the mail log's result line writes it, with the transport's reply or what went wrong;
    /// nil for an uncertain message, which gets no result line, and for one not sent at all.
    var logResult: (outcome: MailResult.Outcome, reply: String)? {
        switch self {
        case .sent(let reply): (.sent, reply)
        case .failed(let reply, let temporary): (.failed(temporary: temporary), reply)
        case .uncertain, .submittedMeanwhile: nil
        }
    }
}

extension Timestamp {
    /// The instant of `date`, to the millisecond.
    init(_ date: Date) {
        self.init(millisecondsSince1970: Int64((date.timeIntervalSince1970 * 1000).rounded()))
    }
}
