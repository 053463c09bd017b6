/// What a person may do in the office area; every office route names the least role it needs.
public enum OfficeRole: String, Sendable, Hashable, CaseIterable {
    /// Manages people, and does everything staff do.
    case admin
    /// Surveys, participants, responses, reports and publishing.
    case staff
    /// Reads the published reports given to them, nothing else.
    case committee

    /// Whether this role includes everything `other` may do.
    public func includes(_ other: OfficeRole) -> Bool {
        switch (self, other) {
        case (.admin, _), (.staff, .staff), (.staff, .committee), (.committee, .committee): true
        default: false
        }
    }
}
