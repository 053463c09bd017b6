extension ResponseView {
    /// Builds the view from the log in `directory` without taking its lock.
    ///
    /// Safe while a server appends: the log only grows, and an unterminated
    /// last line (a write in progress) is ignored.
    /// - Throws: ``StoreError/damagedLine(file:line:reason:)`` for a bad
    ///   complete line, or ``StoreError/file(_:)``.
    public static func read(directory: String) throws(StoreError) -> ResponseView {
        let path = directory + "/" + ResponseLog.logFileName
        var view = ResponseView()
        let scan: LogScan
        do {
            scan = try LogScan(path: path, keepAnswers: true) { record, _ in view.apply(record) }
        } catch {
            throw .file(error)
        }
        if let first = scan.badLines.first {
            throw .damagedLine(file: path, line: first.number, reason: first.reason)
        }
        return view
    }
}
