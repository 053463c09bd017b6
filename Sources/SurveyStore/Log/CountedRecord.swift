import StrictJSON

/// What a count of current responses needs of one parsed log line, read by the store's rules
/// without copying the answers into an owned tree.
///
/// Fast readers that parse lines themselves fall back on this for every line they cannot read,
/// so the log's field names and kinds are known here alone.
public struct CountedRecord {
    /// What the line does to its response.
    public enum Effect {
        /// A draft: never counted.
        case draft
        /// A submission whose answers replace any earlier ones.
        case submit(answers: JSONValue)
        /// A void: the response no longer counts.
        case void
    }

    public let effect: Effect
    public let responseID: String
    public let participantID: String?

    /// Reads a parsed line; nil when it is not a record a count can use (no kind or response,
    /// an unknown kind, or a submission without an answers object), which counts as a bad line.
    public init?(_ root: JSONValue) {
        var kind: JSONValue?
        var response: String?
        var participant: String?
        var answers: JSONValue?
        for member in root.members ?? [] {
            switch member.key {
            case "kind": kind = member.value
            case "response": response = member.value.string
            case "participant": participant = member.value.string
            case "answers": answers = member.value
            default: break
            }
        }
        guard let kind, let response else { return nil }
        if kind.isString(ResponseRecord.Kind.draft.rawValue) {
            effect = .draft
        } else if kind.isString(ResponseRecord.Kind.void.rawValue) {
            effect = .void
        } else if kind.isString(ResponseRecord.Kind.submit.rawValue), let answers, answers.kind == .object {
            effect = .submit(answers: answers)
        } else {
            return nil
        }
        responseID = response
        participantID = participant
    }
}
