/// How the office names where a survey stands in time, on the overview and in the designer.
extension SurveyEntry.Schedule {
    var phrase: Phrase {
        switch self {
        case .open: .statusOpen
        case .notYetOpen: .statusNotYetOpen
        case .closed: .statusClosed
        }
    }
}
