import StrictJSON

/// One share link of a published report, as `share-links.jsonl` keeps it: never the link itself.
///
/// The link is signed with the server's key and carries its own expiry, so
/// this record is for the staff's list and for revocation by id.
public struct ShareLinkRecord: Sendable, Equatable {
    /// A random id, 16 hex digits, part of the signed link.
    public let id: String
    public let expires: Timestamp
    public let created: Timestamp
    /// The creating account's id.
    public let createdBy: String

    public init(id: String, expires: Timestamp, created: Timestamp, createdBy: String) {
        self.id = id
        self.expires = expires
        self.created = created
        self.createdBy = createdBy
    }

    var line: String {
        JSON.object([
            JSONField(key: "link", value: .string(id)),
            JSONField(key: "expires", value: .string(expires.description)),
            JSONField(key: "created", value: .string(created.description)),
            JSONField(key: "by", value: .string(createdBy)),
        ]).serialized()
    }

    init?(line: some Collection<UInt8>) {
        guard let document = try? JSONDocument(parsing: Array(line)), let id = document.root["link"]?.string,
            let expires = document.root["expires"]?.string.flatMap(Timestamp.init(iso:)),
            let created = document.root["created"]?.string.flatMap(Timestamp.init(iso:)),
            let createdBy = document.root["by"]?.string
        else { return nil }
        self.init(id: id, expires: expires, created: created, createdBy: createdBy)
    }
}
