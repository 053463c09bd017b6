/// A 64-bit FNV-1a hash of a response id, the key of the log scan's bookkeeping.
///
/// Hashing keeps the per-response memory at 16 bytes instead of a heap
/// string; the scan checks the id behind every hit, so a collision costs a
/// lookup in a side table, never a wrong count.
struct ResponseKey: Hashable {
    let hash: UInt64

    init(_ id: some Sequence<UInt8>) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in id {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        self.hash = hash
    }
}
