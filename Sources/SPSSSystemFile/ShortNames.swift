/// The 8-byte upper-case names of a system file's variable records, unique in the file.
///
/// Readers since SPSS 12 show the long names (record 7, subtype 13); the short names only have to
/// be valid and unique, also for the extra segments of very long strings.
struct ShortNames {
    private var taken = Set<String>()

    /// A new short name made from the upper-cased start of `longName`, with a number at its end
    /// when that start is taken already.
    mutating func make(from longName: String) -> String {
        let stem = String(longName.uppercased().prefix(8))
        var candidate = stem
        var counter = 2
        while taken.contains(candidate) {
            let suffix = String(counter)
            candidate = String(stem.prefix(8 - suffix.count)) + suffix
            counter += 1
        }
        taken.insert(candidate)
        return candidate
    }
}
