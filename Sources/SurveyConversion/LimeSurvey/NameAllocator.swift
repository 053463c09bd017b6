import SurveyModel

/// Turns LimeSurvey codes into ids our definitions accept (`[A-Za-z][A-Za-z0-9_]*`, no keyword),
/// each unique within its allocator.
struct NameAllocator: Sendable {
    private var used: Set<String> = []
    /// The next number to try for each base, so many equal codes cost linear time.
    private var nextNumber: [String: Int] = [:]
    /// Prepended when a code does not start with a letter: `q` for questions, `r` for matrix rows.
    let prefix: String

    init(prefix: String) { self.prefix = prefix }

    /// A fresh name as close to `code` as the rules allow.
    mutating func name(for code: String) -> String {
        var base = String(
            code.unicodeScalars.map { scalar -> Character in
                scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
                    ? Character(scalar) : "_"
            })
        if !(base.unicodeScalars.first.map { $0.isASCII && $0.properties.isAlphabetic } ?? false) {
            base = prefix + base
        }
        if Identifier.reserved.contains(base.lowercased()) { base += "_" }
        return unique(base)
    }

    /// `candidate`, or `candidate_2`, `candidate_3`, … whichever is still free.
    private mutating func unique(_ candidate: String) -> String {
        var name = candidate
        var number = nextNumber[candidate.lowercased(), default: 2]
        while used.contains(name.lowercased()) {
            name = "\(candidate)_\(number)"
            number += 1
        }
        nextNumber[candidate.lowercased()] = number
        used.insert(name.lowercased())
        return name
    }
}

/// Turns LimeSurvey answer codes into option values (`[A-Za-z0-9][A-Za-z0-9_.-]*`), unique in one list.
struct OptionValueAllocator: Sendable {
    private var used: Set<String>
    private var nextNumber: [String: Int] = [:]

    /// - Parameter reserved: values no option may take, such as `other` when the question has that choice.
    init(reserved: Set<String> = []) { used = reserved }

    mutating func value(for code: String) -> String {
        var base = String(
            code.unicodeScalars.map { scalar -> Character in
                scalar.isASCII
                    && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                        || "_-.".unicodeScalars.contains(scalar))
                    ? Character(scalar) : "_"
            })
        if !(base.unicodeScalars.first.map { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }
            ?? false)
        {
            base = "v" + base
        }
        var value = base
        var number = nextNumber[base, default: 2]
        while used.contains(value) {
            value = "\(base)_\(number)"
            number += 1
        }
        nextNumber[base] = number
        used.insert(value)
        return value
    }
}
