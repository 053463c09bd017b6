import SurveyStore

/// Every record of one response, for the office's revision history.
enum ResponseHistory {
    /// The records of `responseID` in log order, without answers, read through the store's history
    /// index: the page costs the response's revisions, not the log's size. A log that can no longer
    /// be read shows no history (the store reports damage when it opens the log).
    static func records(of responseID: String, in log: ResponseLog) -> [ResponseRecord] {
        (try? log.history(of: responseID)) ?? []
    }
}
