/// The warnings of one conversion, in source order, and the places they name.
struct ConversionLog: Sendable {
    private(set) var warnings: [ConversionWarning] = []

    mutating func warn(_ place: String, german: String, english: String) {
        warnings.append(ConversionWarning(place: place, german: german, english: english))
    }

    /// `group 2 › question G02Q03 (line 412)`: the group's position, the question code and its row's line.
    static func place(group: Int, question: String? = nil, line: Int) -> String {
        let groupPart = "group \(group)"
        guard let question else { return "\(groupPart) (line \(line))" }
        return "\(groupPart) › question \(question) (line \(line))"
    }
}
