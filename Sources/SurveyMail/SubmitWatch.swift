import SurveyStore
import Synchronization

/// Tells whether a recipient has submitted since the round was planned: the response view the plan was decided
/// from, brought up to date with the lines appended to the log before each question.
///
/// A reference, so that the view (hundreds of megabytes at a million responses) is updated where it lies: kept
/// as a value in the plan, which its callers hold too, the first update would copy it whole.
final class SubmitWatch: Sendable {
    private let responses: Mutex<FollowedResponseView>

    /// Watches from where `responses` stopped reading.
    init(_ responses: FollowedResponseView) {
        self.responses = Mutex(responses)
    }

    /// Whether `participant` has a current submit, after reading what was appended since the last question.
    ///
    /// - Throws: ``StoreError`` when the log cannot be read or an appended line is damaged.
    func hasSubmitted(_ participant: Participant) throws(StoreError) -> Bool {
        try responses.withLock { (responses) throws(StoreError) in
            try responses.catchUp()
            return ParticipantStatus(participant: participant, view: responses.view).submitted != nil
        }
    }
}
