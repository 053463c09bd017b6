/// SPSS variable names: which are valid, and valid, unique names made from any others.
///
/// A valid name starts with a letter, goes on with letters, digits and `_ . @ # $`, does not end
/// with a full stop, has at most 64 bytes, and is none of SPSS's reserved words; names are unique
/// regardless of case. Only ASCII letters are used, so that every version of SPSS and every
/// reader of its files takes the names as they are.
public enum SPSSName {
    /// The words SPSS syntax reserves, which no variable may be called (in any case).
    public static let reservedWords: Set<String> = [
        "ALL", "AND", "BY", "EQ", "GE", "GT", "LE", "LT", "NE", "NOT", "OR", "TO", "WITH",
    ]
    /// The longest name, in bytes.
    public static let maximumLength = 64

    /// Whether `name` may name a variable (uniqueness aside).
    public static func isValid(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        guard let first = bytes.first, isLetter(first), bytes.count <= maximumLength,
            bytes.last != UInt8(ascii: "."), !reservedWords.contains(name.uppercased())
        else { return false }
        return bytes.allSatisfy(isNameByte)
    }

    /// Valid, unique names for `names`, in their order: a valid name stays as it is; other
    /// characters become `_`, a name not starting with a letter gets `v` in front, a full stop at
    /// the end becomes `_`, and a name cut to 64 bytes, a reserved word or a name taken already
    /// (in any case) gets `_2`, `_3`, … at its end.
    public static func uniqueNames(for names: [String]) -> [String] {
        var taken = Set<String>()
        return names.map { name in
            let stem = repaired(name)
            var candidate = stem
            var counter = 2
            while reservedWords.contains(candidate.uppercased()) || taken.contains(candidate.uppercased()) {
                let suffix = "_\(counter)"
                candidate = String(stem.prefix(maximumLength - suffix.count)) + suffix
                counter += 1
            }
            taken.insert(candidate.uppercased())
            return candidate
        }
    }

    /// `name` with its characters made valid and cut to the longest name.
    private static func repaired(_ name: String) -> String {
        var bytes = name.unicodeScalars.map { scalar in
            scalar.isASCII && isNameByte(UInt8(scalar.value)) ? UInt8(scalar.value) : UInt8(ascii: "_")
        }
        if bytes.first.map(isLetter) != true {
            bytes.insert(UInt8(ascii: "v"), at: 0)
        }
        bytes = Array(bytes.prefix(maximumLength))
        if bytes.last == UInt8(ascii: ".") {
            bytes[bytes.count - 1] = UInt8(ascii: "_")
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
    }

    static func isNameByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            || [UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "@"), UInt8(ascii: "#"), UInt8(ascii: "$")]
                .contains(byte)
    }
}
