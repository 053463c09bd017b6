extension ExpressionValue {
    /// Reads a calendar date written as `YYYY-MM-DD`, the only date format
    /// expressions accept in text, so `'2024-08-01'` can be compared with a
    /// date question.
    ///
    /// - Returns: A `.date`, or `nil` when the text is not exactly a valid
    ///   ISO 8601 calendar date (wrong shape, month 13, 30 February, …).
    public static func isoDate(_ text: String) -> ExpressionValue? {
        CalendarDate(iso: text)?.expressionValue
    }
}
