/// The system call that failed, so an error message can say what was attempted.
public enum FileOperation: String, Sendable, Hashable {
    case open, read, write, fsync, truncate, rename, lock, mkdir, stat, unlink, rmdir
}
