/// What a person may do in the office area.
///
/// Admins can do everything staff can, and manage users. Committee members
/// stand apart: they read only the published reports they are given, never
/// single responses, free texts, participant lists or exports.
enum OfficeRole: String, Sendable, CaseIterable {
    case admin, staff, committee

    /// Whether someone with this role may use a route that requires `required`.
    ///
    /// Published reports, the committee's routes, are open to every role, as
    /// staff publish them and check what the committee sees.
    func satisfies(_ required: OfficeRole) -> Bool {
        switch (self, required) {
        case (.admin, _): true
        case (.staff, .staff), (.staff, .committee): true
        case (.committee, .committee): true
        default: false
        }
    }
}
