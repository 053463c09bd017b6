import SurveyStore

extension OfficeSignInController {
    /// Where a session's person lands after signing in, when not on the overview: committee members
    /// on „Berichte“, the one page of the office area they may use.
    func landing(_ session: String) -> String? {
        area.access.account(forSession: session)?.role == .committee ? "/admin/reports" : nil
    }
}
