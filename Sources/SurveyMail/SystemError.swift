import Glibc

/// The system's sentence for an `errno`, e.g. "No such file or directory".
enum SystemError {
    static func text(_ code: Int32) -> String { String(cString: strerror(code)) }
}
