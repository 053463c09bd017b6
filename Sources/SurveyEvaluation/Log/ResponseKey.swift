/// A 32-bit FNV-1a hash of a response id, the key of the log scan's bookkeeping.
///
/// Hashing keeps the per-response memory at 12 bytes instead of a heap
/// string. Hashes of different ids may be equal: the scan checks the id
/// behind every hit, and a response whose hash is taken goes to a side table
/// by its id, so a collision costs a re-read, never a wrong count.
struct ResponseKey: Hashable, Sendable {
    let hash: UInt32

    /// The key of `id`, keeping only the lowest `bits` bits (fewer in tests, to force collisions).
    init(_ id: some Sequence<UInt8>, bits: Int = 32) {
        var hash: UInt32 = 0x811c_9dc5
        for byte in id {
            hash ^= UInt32(byte)
            hash &*= 0x0100_0193
        }
        self.hash = bits >= 32 ? hash : hash & ((1 << UInt32(max(bits, 1))) - 1)
    }
}
