import Dispatch
import Foundation
import Glibc
import StrictJSON
import SurveyModel
import Synchronization
import Testing

@testable import SurveyStore

/// Saving definitions: optimistic locking, every version kept, restores, ids that are no paths, crashes.
@Suite struct DefinitionFilesTests {
    static func definition(_ title: String) -> JSON {
        ["id": "umfrage", "title": .string(title), "access": "public", "pages": []]
    }

    /// A clock that moves one second each time it is read.
    static func steppingClock() -> @Sendable () -> Timestamp {
        let next = Mutex(Int64(1_796_000_000_000))
        return {
            next.withLock { value in
                value += 1000
                return Timestamp(millisecondsSince1970: value)
            }
        }
    }

    @Test func createWritesCanonicalBytesAndRefusesAnExistingID() throws {
        let directory = TemporaryDirectory()
        let files = DefinitionFiles(folder: directory.path, clock: Self.steppingClock())
        let version = try files.create(id: "umfrage", json: Self.definition("Erste"), author: "a@amt.de")
        #expect(directory.bytes("umfrage.json") == CanonicalDefinition.write(Self.definition("Erste")).bytes)
        #expect(version == DefinitionVersion.of(directory.bytes("umfrage.json")))
        #expect(throws: DefinitionFileError.exists(id: "umfrage")) {
            try files.create(id: "umfrage", json: Self.definition("Zweite"), author: "b@amt.de")
        }
        #expect(try files.versions(of: "umfrage").map(\.author) == ["a@amt.de"])
    }

    @Test func aSaveFromAnOldVersionIsAConflictAndWritesNothing() throws {
        let directory = TemporaryDirectory()
        let files = DefinitionFiles(folder: directory.path, clock: Self.steppingClock())
        let first = try files.create(id: "umfrage", json: Self.definition("Erste"), author: "a@amt.de")
        let second = try files.save(
            id: "umfrage", json: Self.definition("Zweite"), expectedVersion: first, author: "b@amt.de")
        let current = directory.bytes("umfrage.json")
        #expect(throws: DefinitionFileError.conflict(expected: first, currentVersion: second, currentBytes: current)) {
            try files.save(id: "umfrage", json: Self.definition("Dritte"), expectedVersion: first, author: "a@amt.de")
        }
        #expect(directory.bytes("umfrage.json") == current)
        #expect(try files.versions(of: "umfrage").count == 2)
    }

    @Test func everyVersionIsKeptAndCanBeRestored() throws {
        let directory = TemporaryDirectory()
        let files = DefinitionFiles(folder: directory.path, clock: Self.steppingClock())
        // A file written by hand, not in the canonical layout: its bytes are kept exactly.
        let handWritten = Array(#"{"id":"umfrage","title":"Von Hand","access":"public","pages":[]}"#.utf8)
        directory.write("umfrage.json", handWritten)
        let original = DefinitionVersion.of(handWritten)
        let saved = try files.save(
            id: "umfrage", json: Self.definition("Neu"), expectedVersion: original, author: "b@amt.de")
        let versions = try files.versions(of: "umfrage")
        #expect(versions.map(\.version) == [saved, original])
        #expect(versions.map(\.author) == ["b@amt.de", nil])
        #expect(versions[0].savedAt > versions[1].savedAt)
        #expect(try files.bytes(of: "umfrage", version: original) == handWritten)
        let historyFolder = directory.file(".history/umfrage")
        let names = try FileManager.default.contentsOfDirectory(atPath: historyFolder).sorted()
        #expect(names.contains(versions[1].fileName) && names.contains("versions.jsonl"))
        #expect(versions[1].fileName.hasSuffix("-\(original.prefix(12)).json"))

        let restored = try files.restore(id: "umfrage", version: original, expectedVersion: saved, author: "c@amt.de")
        #expect(restored == original)
        #expect(directory.bytes("umfrage.json") == handWritten)
        #expect(try files.versions(of: "umfrage").map(\.version) == [original, saved, original])
        #expect(throws: DefinitionFileError.unknownVersion(id: "umfrage", version: "feed")) {
            try files.bytes(of: "umfrage", version: "feed")
        }
    }

    @Test(arguments: ["../umfrage", "a/b", "..", "", "Umfrage", "umfrage.json", "-x", "ümfrage"])
    func idsThatAreNoSurveyIDsAreRefused(id: String) throws {
        let directory = TemporaryDirectory()
        let files = DefinitionFiles(folder: directory.path)
        #expect(throws: DefinitionFileError.invalidID(id)) {
            try files.create(id: id, json: Self.definition("X"), author: "a@amt.de")
        }
        #expect(throws: DefinitionFileError.invalidID(id)) { try files.versions(of: id) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }

    @Test func savingAMissingFileSaysSo() {
        let files = DefinitionFiles(folder: TemporaryDirectory().path)
        #expect(throws: DefinitionFileError.notFound(id: "fehlt")) {
            try files.save(id: "fehlt", json: Self.definition("X"), expectedVersion: "", author: "a@amt.de")
        }
    }

    /// Threads that each save from the version they last saw: every successful save is kept, in the
    /// order they happened, and each one started from its predecessor.
    @Test func concurrentSavesNeverLoseAVersion() throws {
        let directory = TemporaryDirectory()
        let files = DefinitionFiles(folder: directory.path, clock: Self.steppingClock())
        let first = try files.create(id: "umfrage", json: Self.definition("Start"), author: "start")
        let successes = Mutex<[String]>([])
        DispatchQueue.concurrentPerform(iterations: 8) { worker in
            var known = first
            for round in 0..<10 {
                do {
                    known = try files.save(
                        id: "umfrage", json: Self.definition("\(worker)-\(round)"), expectedVersion: known,
                        author: "w\(worker)")
                    successes.withLock { $0.append(known) }
                } catch DefinitionFileError.conflict(_, let current, _) {
                    known = current
                } catch {
                    Issue.record("\(error)")
                }
            }
        }
        let saved = successes.withLock { $0 }
        let versions = try files.versions(of: "umfrage")
        #expect(saved.count >= 10)
        #expect(versions.count == saved.count + 1)
        #expect(Set(versions.map(\.version)) == Set(saved + [first]))
        #expect(versions.first?.version == DefinitionVersion.of(directory.bytes("umfrage.json")))
        for version in versions {
            #expect(DefinitionVersion.of(try files.bytes(of: "umfrage", version: version.version)) == version.version)
        }
    }

    /// A crash after the temporary file is written and before the rename leaves the old file and history as they were.
    @Test func aCrashBeforeTheRenameLeavesTheOldFile() throws {
        let directory = TemporaryDirectory()
        let healthy = DefinitionFiles(folder: directory.path, clock: Self.steppingClock())
        let first = try healthy.create(id: "umfrage", json: Self.definition("Alt"), author: "a@amt.de")
        let old = directory.bytes("umfrage.json")
        let crashing = DefinitionFiles(
            folder: directory.path, clock: Self.steppingClock(),
            beforeRename: { () throws(FileError) in throw FileError(.rename, path: "umfrage.json", code: EIO) })
        #expect(throws: DefinitionFileError.self) {
            try crashing.save(id: "umfrage", json: Self.definition("Neu"), expectedVersion: first, author: "b@amt.de")
        }
        #expect(directory.bytes("umfrage.json") == old)
        #expect(try healthy.versions(of: "umfrage").map(\.version) == [first])
        #expect(directory.files(startingWith: "umfrage") == ["umfrage.json"])
    }
}
