/// Where each response's records lie in the log: the index behind ``ResponseLog/history(of:includeAnswers:)``.
///
/// Kept as flat arrays with one backward link per record rather than an array
/// per response, so a log of a million records costs three machine words per
/// record and one dictionary entry per response.
struct ResponseSpans: Sendable {
    /// Per response id, the index of its latest record in the arrays below.
    private var latest: [String: Int] = [:]
    private var offsets: [Int] = []
    private var lengths: [Int] = []
    /// Per record, the index of the same response's previous record, or -1.
    private var previous: [Int] = []

    /// Notes that the next record of `responseID` lies at `span`.
    mutating func add(_ span: LogSpan, of responseID: String) {
        let index = offsets.count
        offsets.append(span.offset)
        lengths.append(span.length)
        previous.append(latest.updateValue(index, forKey: responseID) ?? -1)
    }

    /// The spans of `responseID`'s records in log order; empty for an unknown response.
    func spans(of responseID: String) -> [LogSpan] {
        var spans: [LogSpan] = []
        var index = latest[responseID] ?? -1
        while index >= 0 {
            spans.append(LogSpan(offset: offsets[index], length: lengths[index]))
            index = previous[index]
        }
        return spans.reversed()
    }
}
