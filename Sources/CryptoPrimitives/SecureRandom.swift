/// Random bytes from the kernel's cryptographically secure source.
///
/// On Linux the standard library's `SystemRandomNumberGenerator` calls
/// `getrandom(2)` (falling back to `/dev/urandom` on kernels without it); the
/// Glibc module does not export `getrandom` itself, so this is the same source
/// without a C shim.
public enum SecureRandom {
    /// Returns `count` random bytes.
    public static func bytes(count: Int) -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        var result = [UInt8]()
        result.reserveCapacity(count + 8)
        while result.count < count {
            let word = generator.next()
            for shift in stride(from: 0, to: 64, by: 8) where result.count < count {
                result.append(UInt8(truncatingIfNeeded: word >> UInt64(shift)))
            }
        }
        return result
    }
}
