import SurveyStore

/// What a ``LiveEvaluation`` counts its starting state from when it attaches.
///
/// Counting the log parses every current response again (14–20 µs each, about
/// 15–20 s at a million); the survey's columns (``ColumnStore``) hold them
/// already parsed, so that only the records appended since `columns.bin` was
/// written are parsed, and the count runs over typed columns.
public enum LiveStart: Sendable {
    /// Parse the log up to the committed length on one core.
    case log
    /// Load or catch up the columns up to the committed length, then count them.
    ///
    /// - Parameters:
    ///   - participantFields: The survey's participant field ids, kept as dictionary codes.
    ///   - participants: Every participant's fields by id, as the evaluation's lookup gives them.
    case columns(ColumnStore, participantFields: [String], participants: [String: [String: String]])
}
