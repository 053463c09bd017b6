import Glibc

/// Where synthetic responses live apart from the real ones, and how they go away.
///
/// `responses/<survey-id>/test/` is a store folder of its own (log, participants,
/// lock), so everything that reads or writes a survey's folder works on it
/// unchanged, and wiping it cannot touch a real record.
public enum TestData {
    /// Name of the test folder inside a survey's folder.
    public static let folderName = SurveyFolder.testDataFolderName

    /// The test folder of the survey whose responses are in `surveyFolder`.
    public static func folder(of surveyFolder: String) -> String {
        SurveyFolder(surveyFolder).testData.path
    }

    /// Deletes the test folder of `surveyFolder` and everything in it; does nothing if there is none.
    ///
    /// Takes the test log's lock first, so a generator writing to it right now
    /// makes this fail with ``StoreError/inUse(directory:processID:)`` instead of
    /// losing its records halfway.
    public static func wipe(surveyFolder: String) throws(StoreError) {
        let test = SurveyFolder(surveyFolder).testData
        let folder = test.path
        guard FileSystem.exists(folder) else { return }
        let lock = try DirectoryLock(path: test.lock, displayName: folder)
        guard let directory = opendir(folder) else { throw .file(FileError(.open, path: folder, code: errno)) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) {
                String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." && name != SurveyFolder.lockFileName { names.append(name) }
        }
        closedir(directory)
        for name in names where unlink(test.file(name)) != 0 {
            throw .file(FileError(.unlink, path: test.file(name), code: errno))
        }
        // The lock file goes last, while still held: a generator starting now finds an empty folder.
        unlink(test.lock)
        lock.release()
        guard rmdir(folder) == 0 || errno == ENOENT else { throw .file(FileError(.rmdir, path: folder, code: errno)) }
    }
}
