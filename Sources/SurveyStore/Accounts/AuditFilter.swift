/// Which lines of the audit log to show: every criterion given must hold.
public struct AuditFilter: Sendable, Equatable {
    /// An address or account id: what that person did, and what was done to them.
    public var actor: String?
    public var action: AuditAction?
    /// The first moment shown.
    public var since: Timestamp?
    /// The first moment no longer shown.
    public var until: Timestamp?

    public init(actor: String? = nil, action: AuditAction? = nil, since: Timestamp? = nil, until: Timestamp? = nil) {
        self.actor = actor.flatMap(EmailAddress.normalised) ?? actor
        self.action = action
        self.since = since
        self.until = until
    }

    /// Whether `entry` is to be shown.
    public func matches(_ entry: AuditEntry) -> Bool {
        (actor == nil || entry.actor == actor || entry.accountID == actor || entry.object == actor)
            && (action == nil || entry.action == action) && (since.map { entry.time >= $0 } ?? true)
            && (until.map { entry.time < $0 } ?? true)
    }

    /// The start (00:00 UTC) of the day `text` names as 2026-11-13, or nil when it names none.
    public static func startOfDay(_ text: String) -> Timestamp? {
        text.utf8.count == 10 ? Timestamp(iso: text + "T00:00:00.000Z") : nil
    }
}
