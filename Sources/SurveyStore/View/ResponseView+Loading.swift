extension ResponseView {
    /// Builds the view from the log in `directory` without taking its lock.
    ///
    /// Safe while a server appends: the log only grows, and an unterminated
    /// last line (a write in progress) is ignored.
    /// - Throws: ``StoreError/damagedLine(file:line:reason:)`` for a bad
    ///   complete line, or ``StoreError/file(_:)``.
    public static func read(directory: String) throws(StoreError) -> ResponseView {
        try read(logPath: SurveyFolder(directory).log, keepAnswers: true)
    }

    /// Builds the view from the log file at `path`, like ``read(directory:)``.
    ///
    /// - Parameter keepAnswers: false for a view that only counts (who submitted,
    ///   who has a draft); it then holds no answers and costs little memory.
    public static func read(logPath path: String, keepAnswers: Bool) throws(StoreError) -> ResponseView {
        try FollowedResponseView(logPath: path, keepAnswers: keepAnswers).view
    }
}
