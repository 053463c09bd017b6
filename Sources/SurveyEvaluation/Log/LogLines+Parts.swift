import Dispatch
import SurveyStore
import Synchronization

extension LogLines {
    /// Reads `range` split at line starts into at most `workers` parts, one per core, and returns
    /// what `read` made of each part in file order.
    ///
    /// - Parameters:
    ///   - progress: Called now and then with the bytes read so far; only the first part reports,
    ///     its count scaled by the number of parts.
    ///   - read: Reads one part; it is handed the part's byte range and the progress to report to.
    /// - Throws: The first part's ``FileError`` in file order.
    func readParts<Part: Sendable>(
        of range: Range<Int>, workers: Int, minimumPartSize: Int, progress: (@Sendable (Int) -> Void)?,
        _ read: @Sendable (Range<Int>, ((Int) -> Void)?) throws(FileError) -> Part
    ) throws(FileError) -> [Part] {
        let ranges = try self.ranges(of: range, parts: workers, minimumPartSize: minimumPartSize)
        let results = Mutex<[Result<Part, FileError>?]>(Array(repeating: nil, count: ranges.count))
        let scale = ranges.count
        DispatchQueue.concurrentPerform(iterations: ranges.count) { index in
            var report: ((Int) -> Void)?
            if index == 0, let progress { report = { progress($0 * scale) } }
            let result: Result<Part, FileError>
            do throws(FileError) {
                result = .success(try read(ranges[index], report))
            } catch {
                result = .failure(error)
            }
            results.withLock { $0[index] = result }
        }
        var parts: [Part] = []
        for result in results.withLock({ $0 }) {
            guard let result else { continue }
            parts.append(try result.get())
        }
        return parts
    }
}
