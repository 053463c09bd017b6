import Glibc
import StrictJSON

/// Remembers that a store folder holds nothing but what `survey generate` wrote.
///
/// After each run the generator notes the length of the log and of the
/// participants file in `generated.json`. Both files only ever grow, so when
/// either is longer than noted, something else (the server, an import) has
/// written to it since: the folder holds real data, and the generator must not
/// add to it. Ids alone (`gen-…`) could not tell: nothing stops a real record
/// from carrying any id.
public enum GeneratedMarker {
    /// Name of the marker inside the folder.
    public static let fileName = SurveyFolder.generatedMarkerFileName

    private static let files = [SurveyFolder.logFileName, SurveyFolder.participantsFileName]

    /// Whether every record in `folder` was written by the generator: the log and
    /// participants file are missing or empty, or exactly as long as the marker says.
    public static func holdsOnlyGenerated(_ folder: String) -> Bool {
        let noted = notedLengths(folder)
        return files.allSatisfy { name in
            let length = Self.length(of: SurveyFolder(folder).file(name))
            return length == 0 || length == noted[name]
        }
    }

    /// Notes the current lengths of the log and participants file as written by the generator.
    public static func record(_ folder: String) throws(FileError) {
        let fields = files.map { JSONField(key: $0, value: .number(Double(length(of: SurveyFolder(folder).file($0))))) }
        var bytes: [UInt8] = []
        JSON.object(fields).write(to: &bytes)
        bytes.append(UInt8(ascii: "\n"))
        try PrivateFiles.write(bytes, to: SurveyFolder(folder).generatedMarker)
    }

    private static func notedLengths(_ folder: String) -> [String: Int] {
        guard let file = try? POSIXFile(path: SurveyFolder(folder).generatedMarker, flags: O_RDONLY | O_CLOEXEC),
            let bytes = try? file.readToEnd(from: 0), let root = try? JSONDocument(parsing: bytes).root
        else { return [:] }
        var lengths: [String: Int] = [:]
        for member in root.members ?? [] {
            if let length = member.value.int { lengths[member.key] = length }
        }
        return lengths
    }

    private static func length(of path: String) -> Int {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : 0
    }
}
