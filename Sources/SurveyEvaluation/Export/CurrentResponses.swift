import StrictJSON
import SurveyModel
import SurveyStore

/// The current submitted responses of a log, for raw-data exports.
///
/// Unlike the evaluation this keeps every response in memory: exports are
/// for the office and a county's survey has hundreds of responses, not millions.
public struct CurrentResponses: Sendable {
    /// The latest submit of each response that is not voided, in log order.
    public let records: [ResponseRecord]
    /// Line numbers of lines that are not records.
    public let badLines: [Int]

    /// Reads the log at `path`; a missing file has no responses.
    public init(logPath path: String) throws(FileError) {
        var view = ResponseView()
        var bad: [Int] = []
        let tail = try LogReader(path: path).forEachLine { line in
            guard let document = try? JSONDocument(parsing: line.bytes),
                let record = try? ResponseRecord(decoding: document.root)
            else {
                bad.append(line.number)
                return
            }
            view.apply(record)
        }
        if !tail.bytes.isEmpty { bad.append(tail.lineNumber) }
        records = view.submitted.values.sorted { $0.sequence < $1.sequence }
        badLines = bad
    }

    /// The answers of `record` that `survey` still has; answers of removed or changed questions are left out.
    public static func answers(of record: ResponseRecord, in survey: Survey) -> Answers {
        var answers = Answers()
        for field in record.answers?.fields ?? [] where field.value != .null {
            guard let question = survey.question(field.key), let answer = try? Answer(json: field.value, for: question)
            else { continue }
            answers[field.key] = answer
        }
        return answers
    }
}
