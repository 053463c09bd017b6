import InternetMessage
import SurveyModel
import SurveyStore

/// Decides a round's recipients from the participants file, the response log and the mail log.
///
/// Invitations go to every participant with an address, no accepted (or
/// uncertain) invitation and no current submit: a school that has answered with
/// a code handed out on paper needs no invitation, and the invitation's new code
/// would end its sessions. Reminders go to participants without a current submit
/// and at most once per participant, unless `again` is given; with `notStarted`
/// only to those who never opened the survey and have no draft. An anonymous
/// survey cannot tell who has submitted, so its invitations go to everyone.
///
/// The plan keeps the responses it read, and the round looks again before each
/// message (``RoundSender``): a school that submits while the round sends gets
/// nothing afterwards.
struct RecipientSelection {
    let round: MailRound

    func plan(_ request: MailRoundRequest) throws(MailRoundError) -> MailRoundPlan {
        let folder = round.folder
        if request.kind == .reminder, round.survey.keepsRespondentsAnonymous { throw .anonymousSurvey }
        guard folder.hasParticipants else { throw .noParticipants(folder: folder.path) }
        let participants: [Participant]
        let history: MailHistory
        var responses: FollowedResponseView?
        do {
            participants = try ParticipantRegistry(directory: folder.path).all()
            history = try MailHistory(folder: folder)
            if !round.survey.keepsRespondentsAnonymous {
                responses = try FollowedResponseView(logPath: folder.log, keepAnswers: false)
            }
        } catch {
            throw .store(error)
        }
        let view = responses?.view ?? ResponseView(keepsSubmittedAnswers: false)
        var recipients: [Participant] = []
        var skipped: [MailSkip] = []
        for participant in participants {
            if let reason = reason(toSkip: participant, request: request, history: history, view: view) {
                skipped.append(MailSkip(participant: participant, reason: reason))
            } else if let limit = request.limit, recipients.count >= limit {
                skipped.append(MailSkip(participant: participant, reason: .overLimit))
            } else {
                recipients.append(participant)
            }
        }
        return MailRoundPlan(
            request: request, round: history.lastRound + 1, recipients: recipients, skipped: skipped,
            builder: MailMessageBuilder(survey: round.survey, settings: round.settings, previewDate: round.clock()),
            submitWatch: responses.map(SubmitWatch.init))
    }

    /// Why `participant` gets no message in this round, or nil if it gets one.
    private func reason(
        toSkip participant: Participant, request: MailRoundRequest, history: MailHistory, view: ResponseView
    ) -> MailSkip.Reason? {
        guard let email = participant.email, !email.isEmpty else { return .noAddress }
        do {
            _ = try MailAddress(email)
        } catch {
            return .invalidAddress(error)
        }
        let earlier = history.deliveries(for: participant.id).filter { $0.template == request.kind }
        let status = ParticipantStatus(participant: participant, view: view)
        let accepted = earlier.contains { if case .sent = $0.state { true } else { false } }
        if request.kind == .invitation, accepted { return .alreadyInvited }
        if status.submitted != nil { return .submitted }
        if request.kind == .reminder, request.notStarted, participant.firstOpened != nil || status.lastDraft != nil {
            return .started
        }
        if let uncertain = earlier.last(where: { $0.state == .uncertain }), !request.resendUncertain {
            return .uncertain(messageID: uncertain.messageID)
        }
        switch request.kind {
        case .reminder where accepted && !request.again: return .alreadyReminded
        default: return nil
        }
    }
}
