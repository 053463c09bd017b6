import StrictJSON

/// What a caller asks the log to write; the store adds sequence, revision and time.
public struct AppendRequest: Sendable, Hashable {
    /// The record kind with its own data.
    public enum Content: Sendable, Hashable {
        case draft(page: String?, answers: JSON)
        case submit(answers: JSON)
        case void(reason: String)
    }

    public var content: Content
    public var responseID: String
    public var definitionVersion: String
    public var participantID: String?
    /// Sending the same key again returns the first result and writes nothing.
    public var idempotencyKey: String?
    /// How precisely the record keeps the time it was written; anonymous responses keep the hour.
    public var timeResolution: Timestamp.Resolution

    /// Creates a request.
    public init(
        _ content: Content, responseID: String, definitionVersion: String, participantID: String? = nil,
        idempotencyKey: String? = nil, timeResolution: Timestamp.Resolution = .millisecond
    ) {
        self.content = content
        self.responseID = responseID
        self.definitionVersion = definitionVersion
        self.participantID = participantID
        self.idempotencyKey = idempotencyKey
        self.timeResolution = timeResolution
    }

    /// Checks what does not depend on the log's state.
    func validate() throws(StoreError) {
        try Identifier.check(responseID, field: "response")
        if let participantID { try Identifier.check(participantID, field: "participant") }
        if let idempotencyKey { try Identifier.check(idempotencyKey, field: "key") }
        switch content {
        case .draft(_, let answers), .submit(let answers):
            guard case .object = answers else { throw .answersNotAnObject }
        case .void(let reason):
            guard !reason.allSatisfy(\.isWhitespace) else { throw .missingReason }
        }
    }

    /// The record this request becomes at `sequence` and `revision`.
    func record(sequence: Int, revision: Int, time: Timestamp) -> ResponseRecord {
        var record = ResponseRecord(
            kind: .submit, sequence: sequence, responseID: responseID, revision: revision,
            time: time.truncated(to: timeResolution),
            definitionVersion: definitionVersion, participantID: participantID, idempotencyKey: idempotencyKey)
        switch content {
        case .draft(let page, let answers):
            record.kind = .draft
            record.page = page
            record.answers = answers
        case .submit(let answers):
            record.answers = answers
        case .void(let reason):
            record.kind = .void
            record.reason = reason
        }
        return record
    }
}

/// The rule for ids and keys: safe in file names, URLs, CSV and shell commands.
enum Identifier {
    static func isValid(_ text: String) -> Bool {
        let utf8 = text.utf8
        return (1...128).contains(utf8.count)
            && utf8.allSatisfy { byte in
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                    UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "-"):
                    true
                default: false
                }
            }
    }

    static func check(_ text: String, field: String) throws(StoreError) {
        guard isValid(text) else { throw .invalidIdentifier(field: field, value: text) }
    }
}

/// The outcome of an append.
public struct AppendResult: Sendable, Hashable {
    /// The record as written (for a replay: as first written, a draft without its answers).
    public let record: ResponseRecord
    /// True when the idempotency key had been seen and nothing new was written.
    public let replayed: Bool
}
