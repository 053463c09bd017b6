/// The rules Excel sets for the name on a sheet's tab.
enum SheetName {
    private static let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]

    /// Whether Excel accepts `name`: 1 to 31 characters (UTF-16 code units, as Excel counts),
    /// none of `[ ] : * ? / \` or a control character, no apostrophe at either end, not `History`.
    static func isValid(_ name: String) -> Bool {
        (1...31).contains(name.utf16.count) && !name.contains(where: forbidden.contains)
            && !name.unicodeScalars.contains { $0.properties.generalCategory == .control }
            && !name.hasPrefix("'") && !name.hasSuffix("'") && name.lowercased() != "history"
    }

    /// The name as a formula refers to the sheet: in apostrophes, with apostrophes doubled.
    static func quoted(_ name: String) -> String {
        "'" + name.replacing("'", with: "''") + "'"
    }
}
