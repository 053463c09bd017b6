import Glibc
import SurveyStore
import Synchronization
import Testing

/// The reserve's decisions and its cache, with an injected clock and file system.
struct DiskReserveTests {
    /// A file system whose free space and failure the test sets, counting the measurements.
    final class FakeFileSystem: Sendable {
        let available = Mutex(1_000)
        let failure = Mutex<Int32?>(nil)
        let measurements = Mutex(0)
        let time = Mutex(ContinuousClock.now)

        func reserve(bytes: Int) -> DiskReserve {
            DiskReserve(
                path: "/responses", reserveBytes: bytes, maximumAge: .seconds(1),
                now: { self.time.withLock { $0 } },
                measure: { path throws(FileError) in
                    self.measurements.withLock { $0 += 1 }
                    if let code = self.failure.withLock({ $0 }) { throw FileError(.stat, path: path, code: code) }
                    return DiskSpace(availableBytes: self.available.withLock { $0 }, totalBytes: 10_000)
                })
        }

        func advance(_ duration: Duration) { time.withLock { $0 += duration } }
    }

    @Test func belowTheReserveWritesAreRefused() {
        let disk = FakeFileSystem()
        disk.available.withLock { $0 = 99 }
        let reserve = disk.reserve(bytes: 100)
        #expect(reserve.reading() == .low(DiskSpace(availableBytes: 99, totalBytes: 10_000)))
        #expect(reserve.refusesWrites)
    }

    @Test func exactlyTheReserveIsEnough() {
        let disk = FakeFileSystem()
        disk.available.withLock { $0 = 100 }
        let reserve = disk.reserve(bytes: 100)
        #expect(reserve.reading() == .enough(DiskSpace(availableBytes: 100, totalBytes: 10_000)))
        #expect(!reserve.refusesWrites)
    }

    @Test func aReadingIsReusedUntilItIsOld() {
        let disk = FakeFileSystem()
        let reserve = disk.reserve(bytes: 100)
        #expect(!reserve.refusesWrites)
        disk.available.withLock { $0 = 10 }
        disk.advance(.milliseconds(999))
        #expect(!reserve.refusesWrites)
        #expect(disk.measurements.withLock { $0 } == 1)
        disk.advance(.milliseconds(1))
        #expect(reserve.refusesWrites)
        #expect(disk.measurements.withLock { $0 } == 2)
    }

    @Test func freedSpaceIsSeenAfterTheCacheAge() {
        let disk = FakeFileSystem()
        disk.available.withLock { $0 = 10 }
        let reserve = disk.reserve(bytes: 100)
        #expect(reserve.refusesWrites)
        disk.available.withLock { $0 = 5_000 }
        disk.advance(.seconds(2))
        #expect(!reserve.refusesWrites)
    }

    @Test func anUnmeasurableFileSystemDoesNotRefuseWritesButSaysWhy() {
        let disk = FakeFileSystem()
        disk.failure.withLock { $0 = ENOENT }
        let reserve = disk.reserve(bytes: 100)
        #expect(reserve.reading() == .unknown(FileError(.stat, path: "/responses", code: ENOENT)))
        #expect(!reserve.refusesWrites)
    }

    @Test func aNegativeReserveMeansNone() {
        let disk = FakeFileSystem()
        disk.available.withLock { $0 = 0 }
        #expect(!disk.reserve(bytes: -5).refusesWrites)
    }

    @Test func theRealFileSystemIsMeasured() throws {
        let directory = TemporaryDirectory()
        let space = try DiskSpace.measure(directory.path)
        #expect(space.totalBytes > 0)
        #expect(space.availableBytes >= 0 && space.availableBytes <= space.totalBytes)
        #expect(throws: FileError.self) { try DiskSpace.measure(directory.path + "/missing/deeper") }
    }
}
