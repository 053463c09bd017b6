import Glibc
import SurveyStore
import ZipArchive

extension ExportOutput {
    /// The output as one download: its file, or a ZIP archive `name` holding a script and the CSV it reads.
    /// - Parameter time: The entries' modification time (UTC; ZIP keeps no time zone).
    public func download(archiveName name: String, time: Timestamp) throws(ExportFailure) -> ExportFile {
        if files.count == 1 { return files[0] }
        var archive = ZipWriter()
        do {
            for file in files { try archive.add(name: file.name, contents: file.bytes, modified: Self.entryTime(time)) }
            return ExportFile(name: name, mediaType: "application/zip", bytes: try archive.finished())
        } catch {
            throw ExportFailure(description: "\(error)")
        }
    }

    /// `time` as a ZIP entry's date and time, which count from 1980.
    static func entryTime(_ time: Timestamp) -> ZipEntryTime {
        var seconds = time_t(time.millisecondsSince1970 / 1000)
        var parts = tm()
        guard gmtime_r(&seconds, &parts) != nil, parts.tm_year + 1900 >= 1980 else { return .earliest }
        return ZipEntryTime(
            year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday),
            hour: Int(parts.tm_hour), minute: Int(parts.tm_min), second: Int(parts.tm_sec))
    }
}
