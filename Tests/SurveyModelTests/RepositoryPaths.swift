import Foundation

/// Paths of files in the repository, found from this source file so tests run from any directory.
enum RepositoryPaths {
    /// The repository's root folder.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent() // SurveyModelTests
        .deletingLastPathComponent() // Tests
        .deletingLastPathComponent()

    /// A file or folder below the root.
    static func path(_ relative: String) -> String {
        root.appendingPathComponent(relative).path
    }
}
