import Foundation
import Glibc
import SurveyStore
import Testing

/// Everything the store and the commands write is readable by its owner only.
struct PrivateFilesTests {
    @Test func newFoldersAndTheirParentsAreForTheOwnerOnly() throws {
        let directory = TemporaryDirectory()
        try PrivateFiles.createFolder(directory.file("a/b"))
        #expect(fileMode(directory.file("a")) == 0o700)
        #expect(fileMode(directory.file("a/b")) == 0o700)
    }

    @Test func anExistingFolderKeepsItsMode() throws {
        let directory = TemporaryDirectory()
        #expect(chmod(directory.path, 0o755) == 0)
        try PrivateFiles.createFolder(directory.path)
        #expect(fileMode(directory.path) == 0o755)
    }

    @Test func writeReplacesAReadableFileWithAPrivateOne() throws {
        let directory = TemporaryDirectory()
        directory.write("export.csv", Array("alt".utf8))
        #expect(chmod(directory.file("export.csv"), 0o644) == 0)
        try PrivateFiles.write(Array("neu".utf8), to: directory.file("export.csv"))
        #expect(directory.bytes("export.csv") == Array("neu".utf8))
        #expect(fileMode(directory.file("export.csv")) == 0o600)
        #expect(directory.files(startingWith: "export.csv") == ["export.csv"], "no temporary file is left")
    }

    @Test func writeReplacesASymbolicLinkInsteadOfFollowingIt() throws {
        let directory = TemporaryDirectory()
        directory.write("target", Array("unberührt".utf8))
        #expect(symlink(directory.file("target"), directory.file("link")) == 0)
        try PrivateFiles.write(Array("neu".utf8), to: directory.file("link"))
        #expect(directory.bytes("target") == Array("unberührt".utf8))
        #expect(directory.bytes("link") == Array("neu".utf8))
        #expect(fileMode(directory.file("link")) == 0o600)
    }

    @Test func writeNewRefusesAnythingThatIsThere() throws {
        let directory = TemporaryDirectory()
        #expect(symlink(directory.file("missing"), directory.file("dangling")) == 0)
        #expect(throws: FileError(.open, path: directory.file("dangling"), code: EEXIST)) {
            try PrivateFiles.writeNew([1], to: directory.file("dangling"))
        }
        #expect(!FileManager.default.fileExists(atPath: directory.file("missing")))
        try PrivateFiles.writeNew([1], to: directory.file("neu"))
        #expect(fileMode(directory.file("neu")) == 0o600)
    }

    /// The response log, its lock and the participants with their token hashes.
    @Test func theStoreWritesPrivateFilesInPrivateFolders() throws {
        let directory = TemporaryDirectory()
        let folder = directory.file("responses/umfrage")
        let log = try ResponseLog(directory: folder)
        _ = try log.write(Requests.submit("r1"))
        let registry = try ParticipantRegistry(directory: folder)
        _ = try registry.register([ParticipantImport.Row(id: "s1", label: "Schule", email: nil, fields: [:])])
        #expect(fileMode(directory.file("responses")) == 0o700)
        #expect(fileMode(folder) == 0o700)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(Set(files).isSuperset(of: [ResponseLog.logFileName, ParticipantRegistry.fileName]))
        for file in files {
            #expect(fileMode(folder + "/" + file) == 0o600, "\(file)")
        }
        log.close()
    }
}
