/// Comparisons whose running time does not depend on where inputs differ.
public enum ConstantTime {
    /// Returns whether `lhs` and `rhs` are equal, looking at every byte.
    ///
    /// The lengths are not secret (hashes and MACs have fixed lengths), so a
    /// length mismatch returns early; the contents are compared without an
    /// early exit so an attacker cannot learn a matching prefix from timing.
    public static func equals(_ lhs: [UInt8], _ rhs: [UInt8]) -> Bool {
        guard lhs.count == rhs.count else { return false }
        var difference: UInt8 = 0
        for index in lhs.indices {
            difference |= lhs[index] ^ rhs[index]
        }
        return difference == 0
    }
}
