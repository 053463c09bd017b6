import SurveyStore

/// Where `survey generate` writes, and the checks that keep synthetic responses out of real data.
///
/// The survey's own folder is written only while it holds nothing but
/// generated records (``GeneratedMarker``) and no server has it open (the
/// server holds the log's lock). The test folder (``TestData``) and a log file
/// named with `--log` are separate by choice and always written.
enum GenerateTarget {
    /// The survey's own folder, `<responses>/<id>`.
    case survey(folder: String)
    /// The survey's test data, `<responses>/<id>/test`.
    case test(folder: String)
    /// A log file named with `--log`; it gets no participants.
    case file(path: String)

    /// The folder the store opens, and the log's name in it.
    var location: (folder: String, fileName: String) {
        switch self {
        case .survey(let folder), .test(let folder): (folder, SurveyFolder.logFileName)
        case .file(let path):
            if let slash = path.lastIndex(of: "/") {
                (slash == path.startIndex ? "/" : String(path[..<slash]), String(path[path.index(after: slash)...]))
            } else {
                (".", path)
            }
        }
    }

    /// The folder whose participants registry and marker belong to the log; nil for a `--log` file.
    var storeFolder: String? {
        switch self {
        case .survey(let folder), .test(let folder): folder
        case .file: nil
        }
    }

    /// Opens the log for appending, or says in one sentence why not and what to do instead.
    func open() -> Result<ResponseLog, Refusal> {
        let (folder, fileName) = location
        var options = ResponseLog.Options()
        options.maintainsView = false
        options.fileName = fileName
        let log: ResponseLog
        do {
            log = try ResponseLog(directory: folder, options: options)
        } catch {
            if case .inUse(let directory, let processID) = error, case .survey = self {
                return .failure(.serverRunning(directory: directory, processID: processID))
            }
            return .failure(.store(error))
        }
        // Checked under the log's lock, so nothing can be appended between the check and the write.
        if case .survey(let folder) = self, !GeneratedMarker.holdsOnlyGenerated(folder) {
            log.close()
            return .failure(.realResponses(folder: folder))
        }
        return .success(log)
    }

    /// Why generate does not write.
    enum Refusal: Error {
        case serverRunning(directory: String, processID: Int32?)
        case realResponses(folder: String)
        case store(StoreError)

        var message: String {
            let alternatives =
                "write synthetic responses to the survey's test data with --test (the office can show and wipe it) or to a log file of your own with --log FILE"
            switch self {
            case .serverRunning(let directory, let processID):
                let holder = processID.map { "process \($0)" } ?? "another process"
                return
                    "\(directory) is in use by \(holder), most likely the server collecting real responses; \(alternatives)"
            case .realResponses(let folder):
                return "\(folder) holds responses or participants that survey generate did not write; "
                    + "synthetic responses must not mix with them: \(alternatives)"
            case .store(let error): return error.description
            }
        }
    }
}
