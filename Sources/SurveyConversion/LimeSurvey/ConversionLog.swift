/// The warnings of one conversion, in source order, and the places they name.
struct ConversionLog: Sendable {
    private(set) var warnings: [ConversionWarning] = []
    private var seen: Set<ConversionWarning> = []

    /// Adds a warning, unless the same one is already there (a text shared by split questions).
    mutating func warn(_ place: String, german: String, english: String) {
        let warning = ConversionWarning(place: place, german: german, english: english)
        if seen.insert(warning).inserted { warnings.append(warning) }
    }

    /// `group 2 › question G02Q03 (line 412)`: the group's position, the question code and its row's line.
    static func place(group: Int, question: String? = nil, line: Int) -> String {
        let groupPart = "group \(group)"
        guard let question else { return "\(groupPart) (line \(line))" }
        return "\(groupPart) › question \(question) (line \(line))"
    }
}
