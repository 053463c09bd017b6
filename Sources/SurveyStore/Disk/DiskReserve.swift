import Synchronization

/// The free space kept back on the responses' file system.
///
/// Below the reserve the server refuses new drafts and submissions with a
/// "please try again later" page instead of letting a write run into a full
/// disk, and `/healthz` reports it; the office overview warns. A full disk
/// would still not tear a record (a failed append is truncated away), but the
/// reserve leaves room for the office to act, for logs and for a backup.
///
/// Every request may ask, so a reading is kept for ``maximumAge``: one
/// `statvfs` a second at most, however busy the server.
public final class DiskReserve: Sendable {
    /// What the last measurement said.
    public enum Reading: Sendable, Hashable {
        /// At least the reserve is free.
        case enough(DiskSpace)
        /// Less than the reserve is free: new drafts and submissions wait.
        case low(DiskSpace)
        /// The file system could not be measured (the folder vanished, permissions); writes are
        /// not refused for it, because the append itself reports a real failure, but health is.
        case unknown(FileError)
    }

    /// The default reserve: 256 MiB, room for hundreds of thousands of records and for the
    /// office to export and back up before the disk is full.
    public static let defaultReserveBytes = 256 << 20

    /// The directory whose file system is measured (the responses folder).
    public let path: String
    /// How many bytes must stay free.
    public let reserveBytes: Int
    /// How long a reading is reused.
    public let maximumAge: Duration

    private let now: @Sendable () -> ContinuousClock.Instant
    private let measure: @Sendable (String) throws(FileError) -> DiskSpace
    private let cached: Mutex<(time: ContinuousClock.Instant, reading: Reading)?> = Mutex(nil)

    /// Creates a reserve for the file system of `path`.
    /// - Parameters:
    ///   - now: the monotonic clock that ages readings; tests inject one.
    ///   - measure: reads the free space; tests inject a file system of any size.
    public init(
        path: String,
        reserveBytes: Int = DiskReserve.defaultReserveBytes,
        maximumAge: Duration = .seconds(1),
        now: @escaping @Sendable () -> ContinuousClock.Instant = { ContinuousClock.now },
        measure: @escaping @Sendable (String) throws(FileError) -> DiskSpace = DiskSpace.measure
    ) {
        self.path = path
        self.reserveBytes = max(0, reserveBytes)
        self.maximumAge = maximumAge
        self.now = now
        self.measure = measure
    }

    /// The current reading, measured again when the last one is older than ``maximumAge``.
    public func reading() -> Reading {
        let time = now()
        return cached.withLock { cached in
            if let cached, time - cached.time < maximumAge { return cached.reading }
            let reading = measureNow()
            cached = (time, reading)
            return reading
        }
    }

    /// Whether new drafts and submissions must wait for space to be freed.
    public var refusesWrites: Bool {
        if case .low = reading() { true } else { false }
    }

    private func measureNow() -> Reading {
        do throws(FileError) {
            let space = try measure(path)
            return space.availableBytes < reserveBytes ? .low(space) : .enough(space)
        } catch {
            return .unknown(error)
        }
    }
}
