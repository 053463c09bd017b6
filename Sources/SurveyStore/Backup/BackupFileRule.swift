/// Which files of the surveys and responses folders a backup takes, and how much of each.
///
/// One rule for both folders, so that a file added to the store later is backed up whole unless it
/// is named here as a lock, a cache or a temporary file.
enum BackupFileRule: Sendable, Hashable {
    /// Not copied: locks (meaningful only to a running process), `columns.bin` (derived from the
    /// log and rebuilt by the server), and temporaries that a rename has not put in place yet.
    case skip
    /// Copied as it is. Files that are not append-only are replaced by a rename, so an open file
    /// always holds one complete version.
    case whole
    /// Append-only JSON Lines (`log.jsonl`, `participants.jsonl`, `mail.jsonl`, `.audit.jsonl`,
    /// `versions.jsonl`): copied up to the end of the last complete line. A writer acknowledges a
    /// record only after its whole line is written and flushed, so every acknowledged record lies
    /// before that point; what follows is a write in progress.
    case completeLines

    /// The rule for a file or folder named `name`.
    static func rule(forName name: String) -> BackupFileRule {
        if name == SurveyFolder.lockFileName || name.hasSuffix(".lock") || name == SurveyFolder.columnsFileName
            || name.contains(".new-") || name.hasSuffix(".repairing") || name.hasSuffix(".partial")
        {
            return .skip
        }
        return name.hasSuffix(".jsonl") ? .completeLines : .whole
    }

    /// Orders the names of one folder for copying: the response log first, so that everything it
    /// refers to (participants, definition versions) is copied after it and therefore present.
    static func copyOrder(_ first: String, _ second: String) -> Bool {
        let firstIsLog = first == SurveyFolder.logFileName
        let secondIsLog = second == SurveyFolder.logFileName
        return firstIsLog != secondIsLog ? firstIsLog : first < second
    }
}
