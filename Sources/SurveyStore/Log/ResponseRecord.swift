import StrictJSON

/// One line of a response log.
///
/// The field names and meanings are a public format, documented in
/// `docs/response-log.md`; add fields, never rename them.
public struct ResponseRecord: Sendable, Hashable {
    /// What a record does to its response.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Unfinished answers, saved page by page.
        case draft
        /// A final response; a later submit for the same response replaces it.
        case submit
        /// Withdrawn by office staff; the earlier records stay in the log.
        case void
    }

    /// What the record does.
    public var kind: Kind
    /// Position in the log, from 1, increasing by one (a repair may leave gaps).
    public var sequence: Int
    /// The response this record belongs to.
    public var responseID: String
    /// 1 for a response's first record, then one more for each later record of that response.
    public var revision: Int
    /// When the store wrote the record.
    public var time: Timestamp
    /// SHA-256 hex of the definition file the answers were validated against.
    public var definitionVersion: String
    /// The participant, absent for anonymous surveys.
    public var participantID: String?
    /// The client's idempotency key, if it sent one.
    public var idempotencyKey: String?
    /// The page a draft was saved from (drafts only, optional).
    public var page: String?
    /// The answers by question id (drafts and submits), a JSON object.
    public var answers: JSON?
    /// Why the response was withdrawn (voids only).
    public var reason: String?

    /// Creates a record; the store normally does this.
    public init(
        kind: Kind, sequence: Int, responseID: String, revision: Int, time: Timestamp, definitionVersion: String,
        participantID: String? = nil, idempotencyKey: String? = nil, page: String? = nil, answers: JSON? = nil,
        reason: String? = nil
    ) {
        self.kind = kind
        self.sequence = sequence
        self.responseID = responseID
        self.revision = revision
        self.time = time
        self.definitionVersion = definitionVersion
        self.participantID = participantID
        self.idempotencyKey = idempotencyKey
        self.page = page
        self.answers = answers
        self.reason = reason
    }
}

extension ResponseRecord {
    /// The record without its answers: what is kept in memory of a draft, whose answers stay in the log.
    var withoutAnswers: ResponseRecord {
        var record = self
        record.answers = nil
        return record
    }
}
