/// The current state of a survey's responses, updated one record at a time.
///
/// Rules: the latest `submit` of a response counts and replaces earlier ones;
/// a `void` removes the response (a later `submit` brings it back as a new
/// revision); drafts are kept apart and only the latest draft since the last
/// submit is kept, without its answers: those stay in the log until a
/// respondent resumes (``ResponseLog/draftAnswers(of:)``), so thousands of
/// abandoned drafts cost memory for their bookkeeping only. Every update is O(1).
///
/// A server's view keeps no submitted answers either (``keepsSubmittedAnswers``):
/// they are read from the log when needed (``ResponseLog/submittedAnswers(of:)``),
/// so memory grows with the number of responses, not with their answers.
public struct ResponseView: Sendable {
    /// The latest submit of each response that is not voided, by response id; `answers` is nil unless
    /// ``keepsSubmittedAnswers``.
    public private(set) var submitted: [String: ResponseRecord] = [:]
    /// The latest draft of each response saved after its last submit, by response id; `answers` is nil.
    public private(set) var drafts: [String: ResponseRecord] = [:]
    /// The void record of each withdrawn response, by response id.
    public private(set) var voided: [String: ResponseRecord] = [:]
    /// The response id a participant last wrote to, by participant id.
    public private(set) var responseByParticipant: [String: String] = [:]
    /// Number of records applied.
    public private(set) var recordCount = 0

    /// Whether ``submitted`` holds the answers of each submit.
    public let keepsSubmittedAnswers: Bool

    /// Creates an empty view.
    /// - Parameter keepsSubmittedAnswers: false keeps only the bookkeeping of submits, as of drafts.
    public init(keepsSubmittedAnswers: Bool = true) {
        self.keepsSubmittedAnswers = keepsSubmittedAnswers
    }

    /// Applies the next record of the log and says what changed.
    @discardableResult
    public mutating func apply(_ record: ResponseRecord) -> ViewChange {
        recordCount += 1
        let id = record.responseID
        if let participant = record.participantID {
            responseByParticipant[participant] = id
        }
        switch record.kind {
        case .draft:
            drafts[id] = record.withoutAnswers
            return .drafted(record)
        case .submit:
            drafts[id] = nil
            voided[id] = nil
            let kept = keepsSubmittedAnswers ? record : record.withoutAnswers
            return .submitted(record, replacing: submitted.updateValue(kept, forKey: id))
        case .void:
            drafts[id] = nil
            voided[id] = record
            return .voided(record, removed: submitted.removeValue(forKey: id))
        }
    }

    /// Forgets the draft of `responseID`: one past its retention, which the log
    /// no longer offers for resuming, while the rest of its bookkeeping stays.
    mutating func forgetDraft(of responseID: String) {
        drafts[responseID] = nil
    }
}

/// What one record changed in a ``ResponseView``; live evaluations subtract
/// the replaced or removed submit and add the new one.
public enum ViewChange: Sendable, Hashable {
    /// A submit became current, replacing the previous submit of the response if any. The new submit has
    /// its answers; the replaced one has them only when the view keeps them (``ResponseLog`` reads them
    /// back for its subscribers).
    case submitted(ResponseRecord, replacing: ResponseRecord?)
    /// A draft was saved.
    case drafted(ResponseRecord)
    /// A response was withdrawn; `removed` is the submit that no longer counts.
    case voided(ResponseRecord, removed: ResponseRecord?)
}
