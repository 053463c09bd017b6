import StrictJSON

/// The answers of drafts read back recently, so a respondent moving between pages does not
/// have the same line read from disk and parsed on every request.
///
/// An entry belongs to one record: it is kept with the span of the draft's line and served
/// only while that span is still the response's current draft, and every commit for the
/// response removes it. Memory is bounded by the bytes of the lines held (the answers take
/// about as much again in memory): when a new entry does not fit, others go, so thousands of
/// abandoned drafts still stay on disk (``ResponseView``).
struct DraftCache {
    private struct Entry {
        let span: LogSpan
        let answers: JSON?
    }

    /// The most line bytes held at once.
    let byteBudget: Int
    private var entries: [String: Entry] = [:]
    private var bytes = 0

    init(byteBudget: Int) {
        self.byteBudget = byteBudget
    }

    /// The answers of `responseID`'s draft at `span`, if that record's were kept.
    func answers(of responseID: String, at span: LogSpan) -> JSON?? {
        guard let entry = entries[responseID], entry.span == span else { return nil }
        return .some(entry.answers)
    }

    /// Keeps the answers read from the draft at `span`; nothing when the line alone exceeds the budget.
    mutating func keep(_ answers: JSON?, of responseID: String, at span: LogSpan) {
        forget(responseID)
        guard span.length <= byteBudget else { return }
        while bytes + span.length > byteBudget, let other = entries.first?.key {
            forget(other)
        }
        entries[responseID] = Entry(span: span, answers: answers)
        bytes += span.length
    }

    /// Drops what is kept for `responseID`: a record for it was committed.
    mutating func forget(_ responseID: String) {
        guard let entry = entries.removeValue(forKey: responseID) else { return }
        bytes -= entry.span.length
    }

    /// How many drafts are kept and how many line bytes they came from.
    var usage: (drafts: Int, bytes: Int) { (entries.count, bytes) }
}
