import Glibc

/// Byte strings in one block of memory, for comparing a key or value of a
/// log line against the survey's without reference counting: the scanner
/// does this a few dozen times per record.
final class ByteStrings: @unchecked Sendable {
    private let storage: UnsafeMutablePointer<UInt8>
    /// Where string `i` starts; `starts[count]` is the end of the last.
    private let starts: UnsafeMutablePointer<Int>
    let count: Int

    init(_ strings: [[UInt8]]) {
        count = strings.count
        let total = strings.reduce(0) { $0 + $1.count }
        storage = .allocate(capacity: max(total, 1))
        starts = .allocate(capacity: strings.count + 1)
        var offset = 0
        for (index, string) in strings.enumerated() {
            starts[index] = offset
            for byte in string {
                storage[offset] = byte
                offset += 1
            }
        }
        starts[strings.count] = offset
        // Read-only from here on; shared by the workers' scanners.
    }

    deinit {
        storage.deallocate()
        starts.deallocate()
    }

    /// Whether string `index` is the bytes of `range` in `cursor`'s line.
    @inline(__always)
    func equals(_ index: Int, _ range: Range<Int>, in cursor: ByteCursor) -> Bool {
        let length = starts[index + 1] - starts[index]
        guard length == range.count else { return false }
        guard length > 0, let base = cursor.bytes.baseAddress else { return true }
        return memcmp(storage + starts[index], base + range.lowerBound, length) == 0
    }

    /// The index in `first..<first + count` (tried from `preferred` on, wrapping) of the string equal to `range`.
    func index(of range: Range<Int>, in cursor: ByteCursor, among first: Int, count: Int, preferred: Int = 0) -> Int? {
        guard count > 0 else { return nil }
        var offset = preferred < count ? preferred : 0
        for _ in 0..<count {
            if equals(first + offset, range, in: cursor) { return first + offset }
            offset += 1
            if offset == count { offset = 0 }
        }
        return nil
    }
}
