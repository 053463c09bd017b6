import Foundation

/// Finds survey definition files from the paths given on a command line.
enum SurveyFiles {
    struct MissingPath: Error {
        let path: String
        var message: String { "no such file or folder: \(path)" }
    }

    /// Each file as given, and each `*.json` file directly inside each folder, sorted.
    static func expand(_ paths: [String]) throws(MissingPath) -> [String] {
        var files: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw MissingPath(path: path)
            }
            guard isFolder.boolValue else {
                files.append(path)
                continue
            }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            let folder = path.hasSuffix("/") ? String(path.dropLast()) : path
            files += names.filter { $0.hasSuffix(".json") }.sorted().map { "\(folder)/\($0)" }
        }
        return files
    }
}
