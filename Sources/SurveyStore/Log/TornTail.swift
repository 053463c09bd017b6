/// Moving the bytes after a file's last newline aside before cutting them off.
enum TornTail {
    /// Writes `bytes` to `<path>.torn-<time>` (made durable) and returns that path.
    static func setAside(_ bytes: [UInt8], of path: String, time: Timestamp) throws(FileError) -> String {
        let sideFile = path + ".torn-" + time.description.replacing(":", with: "")
        try PrivateFiles.writeNew(bytes, to: sideFile)
        return sideFile
    }
}
