import Glibc
import StrictJSON
import SurveyModel

/// The definition files of a surveys folder, with a kept version for every save.
///
/// The designer and the command line write definitions only through this type, so every write is
/// atomic, every version is kept under `.history/<id>/`, and two people saving at once cannot
/// overwrite each other unnoticed: a save names the version it started from and is refused when
/// the file has changed since (optimistic locking).
///
/// It does not check what it writes: callers load the would-be bytes with `Survey.load` first
/// (``CanonicalDefinition/prepare(json:file:)`` writes and loads in one step).
public final class DefinitionFiles: Sendable {
    /// The surveys folder: `<id>.json` files and the `.history` folder.
    public let folder: String
    let clock: @Sendable () -> Timestamp
    /// Runs between writing the temporary file and renaming it; tests throw from it to stand for a crash.
    let beforeRename: @Sendable () throws(FileError) -> Void

    public convenience init(folder: String, clock: @escaping @Sendable () -> Timestamp = Timestamp.now) {
        self.init(folder: folder, clock: clock, beforeRename: {})
    }

    init(
        folder: String, clock: @escaping @Sendable () -> Timestamp,
        beforeRename: @escaping @Sendable () throws(FileError) -> Void
    ) {
        self.folder = folder.hasSuffix("/") && folder.count > 1 ? String(folder.dropLast()) : folder
        self.clock = clock
        self.beforeRename = beforeRename
    }

    /// The path of the definition with `id`; the id is checked first, so it never leaves the folder.
    public func path(of id: String) throws(DefinitionFileError) -> String {
        guard SurveyModel.Identifier.isSurveyID(id) else { throw .invalidID(id) }
        return folder + "/" + id + ".json"
    }

    /// The current bytes of the definition `id` and their version.
    public func current(id: String) throws(DefinitionFileError) -> (bytes: [UInt8], version: String) {
        let bytes = try read(path(of: id), id: id)
        return (bytes, DefinitionVersion.of(bytes))
    }

    /// Replaces the definition `id` with `json` in the canonical layout, if the file is still at `expectedVersion`.
    ///
    /// - Returns: the new version.
    /// - Throws: ``DefinitionFileError/conflict(expected:currentVersion:currentBytes:)`` when the file
    ///   changed since `expectedVersion`; nothing is written then.
    @discardableResult
    public func save(id: String, json: JSON, expectedVersion: String, author: String) throws(DefinitionFileError)
        -> String
    {
        try save(id: id, bytes: CanonicalDefinition.write(json).bytes, expectedVersion: expectedVersion, author: author)
    }

    /// Replaces the definition `id` with exactly `bytes`, if the file is still at `expectedVersion`.
    private func save(id: String, bytes: [UInt8], expectedVersion: String, author: String)
        throws(DefinitionFileError) -> String
    {
        let path = try path(of: id)
        return try locked { () throws(DefinitionFileError) -> String in
            let current = try read(path, id: id)
            let currentVersion = DefinitionVersion.of(current)
            guard currentVersion == expectedVersion else {
                throw .conflict(expected: expectedVersion, currentVersion: currentVersion, currentBytes: current)
            }
            var history = try DefinitionHistory(folder: folder, id: id)
            if history.latest?.version != currentVersion {
                try history.keep(current, author: nil, at: clock())
            }
            return try write(bytes, to: path, history: &history, author: author)
        }
    }

    /// Writes a new definition `id` in the canonical layout; refused when one exists.
    ///
    /// - Returns: its version.
    @discardableResult
    public func create(id: String, json: JSON, author: String) throws(DefinitionFileError) -> String {
        let path = try path(of: id)
        let bytes = CanonicalDefinition.write(json).bytes
        return try locked { () throws(DefinitionFileError) -> String in
            guard access(path, F_OK) != 0 else { throw .exists(id: id) }
            var history = try DefinitionHistory(folder: folder, id: id)
            return try write(bytes, to: path, history: &history, author: author)
        }
    }

    /// Every kept version of `id`, newest first.
    public func versions(of id: String) throws(DefinitionFileError) -> [DefinitionFileVersion] {
        _ = try path(of: id)
        return try DefinitionHistory(folder: folder, id: id).versions.reversed()
    }

    /// The bytes of one kept version of `id`.
    public func bytes(of id: String, version: String) throws(DefinitionFileError) -> [UInt8] {
        _ = try path(of: id)
        let history = try DefinitionHistory(folder: folder, id: id)
        guard let kept = history.versions.last(where: { $0.version == version }) else {
            throw .unknownVersion(id: id, version: version)
        }
        return try read(history.path(of: kept), id: id)
    }

    /// Makes a kept version current again, byte for byte; a restore is a save, so it can be undone the same way.
    @discardableResult
    public func restore(id: String, version: String, expectedVersion: String, author: String)
        throws(DefinitionFileError) -> String
    {
        try save(id: id, bytes: bytes(of: id, version: version), expectedVersion: expectedVersion, author: author)
    }

    // MARK: Writing

    /// Keeps `bytes` in the history, then replaces the file, then records the save.
    ///
    /// In this order a crash at any point leaves the old file or the new one in place, and the
    /// history never names a version whose bytes it lacks.
    private func write(_ bytes: [UInt8], to path: String, history: inout DefinitionHistory, author: String)
        throws(DefinitionFileError) -> String
    {
        let saved = try history.store(bytes, at: clock())
        do {
            try PrivateFiles.replaceDurably(bytes, at: path, beforeRename: beforeRename)
        } catch {
            throw .file(error)
        }
        try history.record(saved, author: author)
        return saved.version
    }

    private func read(_ path: String, id: String) throws(DefinitionFileError) -> [UInt8] {
        do {
            let file = try POSIXFile.openForReading(path)
            return try file.readToEnd(from: 0)
        } catch  where error.code == ENOENT {
            throw .notFound(id: id)
        } catch {
            throw .file(error)
        }
    }

    /// Runs `body` holding an exclusive lock on `.history/.lock`: saves from other threads and
    /// other processes wait, so they never interleave.
    private func locked<Result>(_ body: () throws(DefinitionFileError) -> Result) throws(DefinitionFileError)
        -> Result
    {
        let lockPath = folder + "/" + DefinitionHistory.folderName + "/.lock"
        let file: POSIXFile
        do {
            try PrivateFiles.createFolder(folder + "/" + DefinitionHistory.folderName)
            file = try POSIXFile(path: lockPath, flags: O_RDWR | O_CREAT | O_CLOEXEC)
        } catch {
            throw .file(error)
        }
        // A separate open file description per call, so threads of one process exclude each other too.
        while flock(file.descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else { throw .file(FileError(.lock, path: lockPath, code: errno)) }
        }
        defer { flock(file.descriptor, LOCK_UN) }
        return try body()
    }
}
