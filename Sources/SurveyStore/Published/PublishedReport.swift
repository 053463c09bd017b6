import StrictJSON

/// What `meta.json` of a published report says: which evaluation it froze, for whom, and its state.
///
/// A published report is the version a committee was given; its numbers are
/// computed once and never again, so this record also says how much of the
/// response log it covers (the data cut-off), which reads as „Datenstand“.
public struct PublishedReport: Sendable, Equatable {
    /// Whether committee members can still read the report.
    public enum State: String, Sendable, Equatable {
        case published
        /// Taken back: gone for readers, kept for staff and the audit log.
        case withdrawn
    }

    /// Who among the committee may read the report.
    public enum Audience: Sendable, Equatable {
        /// Every account with the committee role.
        case committee
        /// Only these accounts, by account id.
        case members([String])

        /// Whether the account `accountID` is given the report.
        public func includes(_ accountID: String) -> Bool {
            switch self {
            case .committee: true
            case .members(let ids): ids.contains(accountID)
            }
        }
    }

    /// A random id, 32 hex digits; the report's folder name.
    public let id: String
    public let surveyID: String
    /// The occasion, e.g. „Schulträgerausschuss, Sitzung vom 13.11.2026“.
    public let title: String
    public let filter: String?
    public let breakdown: String?
    /// The report's language code (`de`, `en`).
    public let language: String
    /// The moment of the data: responses stored after it are not in the report.
    public let dataCutoff: Timestamp
    /// The number of log records the report covers (the log's position at the cut-off).
    public let records: Int
    /// Submitted responses counted, before the filter.
    public let responses: Int
    /// The suppression threshold the report was computed with.
    public let minGroupSize: Int
    public let audience: Audience
    /// The publishing account's id and name.
    public let publishedBy: String
    public let publisherName: String
    public let published: Timestamp
    public var state: State
    /// When and by whom it was withdrawn; nil while published.
    public var withdrawn: Timestamp?
    public var withdrawnBy: String?

    public init(
        id: String, surveyID: String, title: String, filter: String?, breakdown: String?, language: String,
        dataCutoff: Timestamp, records: Int, responses: Int, minGroupSize: Int, audience: Audience,
        publishedBy: String, publisherName: String, published: Timestamp
    ) {
        self.id = id
        self.surveyID = surveyID
        self.title = title
        self.filter = filter
        self.breakdown = breakdown
        self.language = language
        self.dataCutoff = dataCutoff
        self.records = records
        self.responses = responses
        self.minGroupSize = minGroupSize
        self.audience = audience
        self.publishedBy = publishedBy
        self.publisherName = publisherName
        self.published = published
        state = .published
    }

    /// Whether `accountID` may read it as a committee member: published and given to them.
    public func isReadable(by accountID: String) -> Bool {
        state == .published && audience.includes(accountID)
    }
}

extension PublishedReport {
    /// The JSON of `meta.json`.
    var json: JSON {
        let audience: JSON =
            switch self.audience {
            case .committee: .string("committee")
            case .members(let ids): .array(ids.map(JSON.string))
            }
        return .object([
            JSONField(key: "id", value: .string(id)),
            JSONField(key: "survey", value: .string(surveyID)),
            JSONField(key: "title", value: .string(title)),
            JSONField(key: "filter", value: filter.map(JSON.string) ?? .null),
            JSONField(key: "by", value: breakdown.map(JSON.string) ?? .null),
            JSONField(key: "language", value: .string(language)),
            JSONField(key: "dataCutoff", value: .string(dataCutoff.description)),
            JSONField(key: "records", value: .number(Double(records))),
            JSONField(key: "responses", value: .number(Double(responses))),
            JSONField(key: "minGroupSize", value: .number(Double(minGroupSize))),
            JSONField(key: "audience", value: audience),
            JSONField(key: "publishedBy", value: .string(publishedBy)),
            JSONField(key: "publisherName", value: .string(publisherName)),
            JSONField(key: "published", value: .string(published.description)),
            JSONField(key: "state", value: .string(state.rawValue)),
            JSONField(key: "withdrawn", value: withdrawn.map { .string($0.description) } ?? .null),
            JSONField(key: "withdrawnBy", value: withdrawnBy.map(JSON.string) ?? .null),
        ])
    }

    /// Reads `meta.json`; nil when anything is missing or malformed.
    init?(_ value: JSONValue) {
        guard let id = value["id"]?.string, let surveyID = value["survey"]?.string,
            let title = value["title"]?.string, let language = value["language"]?.string,
            let cutoff = value["dataCutoff"]?.string.flatMap(Timestamp.init(iso:)),
            let records = value["records"]?.int, let responses = value["responses"]?.int,
            let minGroupSize = value["minGroupSize"]?.int, let publishedBy = value["publishedBy"]?.string,
            let publisherName = value["publisherName"]?.string,
            let published = value["published"]?.string.flatMap(Timestamp.init(iso:)),
            let state = value["state"]?.string.flatMap(State.init(rawValue:)), let audienceValue = value["audience"]
        else { return nil }
        let audience: Audience
        if audienceValue.string == "committee" {
            audience = .committee
        } else if let ids = audienceValue.elements?.compactMap(\.string) {
            audience = .members(ids)
        } else {
            return nil
        }
        self.init(
            id: id, surveyID: surveyID, title: title, filter: value["filter"]?.string,
            breakdown: value["by"]?.string, language: language, dataCutoff: cutoff, records: records,
            responses: responses, minGroupSize: minGroupSize, audience: audience, publishedBy: publishedBy,
            publisherName: publisherName, published: published)
        self.state = state
        withdrawn = value["withdrawn"]?.string.flatMap(Timestamp.init(iso:))
        withdrawnBy = value["withdrawnBy"]?.string
    }
}
