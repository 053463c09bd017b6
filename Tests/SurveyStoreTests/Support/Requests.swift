import StrictJSON
import SurveyStore

/// Short request builders so tests read as the scenario they check.
enum Requests {
    static let version = String(repeating: "ab", count: 32)

    static func submit(_ response: String, key: String? = nil, participant: String? = nil, answers: JSON = ["q1": 1])
        -> AppendRequest
    {
        AppendRequest(
            .submit(answers: answers), responseID: response, definitionVersion: version, participantID: participant,
            idempotencyKey: key)
    }

    static func draft(_ response: String, page: String? = "p1", answers: JSON = ["q1": 1]) -> AppendRequest {
        AppendRequest(.draft(page: page, answers: answers), responseID: response, definitionVersion: version)
    }

    static func void(_ response: String, reason: String = "Doppelt erfasst") -> AppendRequest {
        AppendRequest(.void(reason: reason), responseID: response, definitionVersion: version)
    }
}

extension ResponseLog {
    /// Appends synchronously and returns the record, for tests.
    func write(_ request: AppendRequest) throws(StoreError) -> AppendResult {
        let results = appendBatch([request])
        return try results[0].get()
    }
}
