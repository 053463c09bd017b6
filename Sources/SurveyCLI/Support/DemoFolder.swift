import Foundation
import Glibc
import SurveyStore

/// The demo server's responses folder: new, unguessable, and created by this process.
///
/// The folder holds the server's signing key and the office password's hash.
/// A predictable name such as `/tmp/survey-demo-<pid>` can be created first by
/// another user of the machine, with a key and a password of their choosing,
/// and a server that reuses it trusts forged cookies and that password.
/// `mkdtemp` picks a random name and creates the folder itself (mode 0700),
/// so a folder that existed before is never used.
enum DemoFolder {
    /// Creates a fresh folder named `survey-demo-XXXXXX` in `parent`.
    ///
    /// - Parameter parent: Where to create it; the system's temporary folder by default.
    /// - Returns: The new folder's path.
    /// - Throws: ``FileError`` when `mkdtemp` fails (no such parent, no permission).
    static func create(in parent: String = NSTemporaryDirectory()) throws(FileError) -> String {
        let prefix = parent.hasSuffix("/") ? parent : parent + "/"
        var template = Array((prefix + "survey-demo-XXXXXX").utf8CString)
        let created = template.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.flatMap { mkdtemp($0) }.map { String(cString: $0) }
        }
        guard let created else { throw FileError(.mkdir, path: prefix + "survey-demo-XXXXXX", code: errno) }
        return created
    }
}
