import Glibc

/// Everything that can go wrong in the response store, typed so callers can react.
public enum StoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Another process holds the survey's lock.
    case inUse(directory: String, processID: Int32?)
    /// A line before the end of a log is not a valid record (hand edit, disk damage).
    case damagedLine(file: String, line: Int, reason: String)
    /// A system call failed: disk full, I/O error, read-only file system, permissions.
    case file(FileError)
    /// A previous disk error could not be undone by truncating; reopen the store.
    case unusable(FileError)
    /// An identifier (response, participant, key) is empty, too long or has characters outside `A-Z a-z 0-9 . _ -`.
    case invalidIdentifier(field: String, value: String)
    /// A void names a response that has no record.
    case unknownResponse(String)
    /// A void without a reason.
    case missingReason
    /// Answers must be a JSON object.
    case answersNotAnObject
    /// No participant has this id.
    case unknownParticipant(String)
    /// A participant with this id is already registered.
    case duplicateParticipant(String)
    /// The log was closed; open it again to append.
    case closed(directory: String)
    /// A draft's answers are larger than ``DraftBudget/maxAnswerBytes``.
    case draftTooLarge(bytes: Int, limit: Int)
    /// Today's drafts of this survey have used up ``DraftBudget/answerBytesPerDay``; submissions still go through.
    case draftBudgetExhausted(directory: String)

    /// Whether the failure is a full disk, which an operator can fix by freeing space.
    public var isDiskFull: Bool {
        switch self {
        case .file(let error), .unusable(let error): error.code == ENOSPC || error.code == EDQUOT
        default: false
        }
    }

    /// One sentence: what happened and what to do.
    public var description: String {
        switch self {
        case .inUse(let directory, let processID):
            if let processID {
                "\(directory) is in use by process \(processID); stop that process first"
            } else {
                "\(directory) is in use by another process; stop that process first"
            }
        case .damagedLine(let file, let line, let reason):
            "\(file):\(line): damaged record (\(reason)); run 'survey responses check' and '--repair' to move it to a quarantine file"
        case .file(let error):
            "\(error.path): \(error.operation.rawValue) failed: \(String(cString: strerror(error.code)))"
        case .unusable(let error):
            "\(error.path): could not undo a failed write (\(String(cString: strerror(error.code)))); restart to recover the log"
        case .invalidIdentifier(let field, let value):
            "\(field) '\(value)' is not a valid identifier: use 1 to 128 characters from A-Z a-z 0-9 . _ -"
        case .unknownResponse(let id):
            "there is no response '\(id)' to void"
        case .closed(let directory):
            "\(directory) was closed; open it again to append"
        case .draftTooLarge(let bytes, let limit):
            "a draft of \(bytes) bytes is larger than the limit of \(limit) bytes"
        case .draftBudgetExhausted(let directory):
            "\(directory): the drafts of today have used up their daily budget; new drafts are refused until "
                + "tomorrow (UTC), submissions are not"
        case .missingReason:
            "a void needs a reason"
        case .answersNotAnObject:
            "answers must be a JSON object"
        case .unknownParticipant(let id):
            "there is no participant '\(id)'"
        case .duplicateParticipant(let id):
            "a participant '\(id)' is already registered"
        }
    }
}
