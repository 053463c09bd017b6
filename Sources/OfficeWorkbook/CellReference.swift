/// A1-style cell references.
enum CellReference {
    /// The letters of the 0-based column `index`: A…Z, AA…ZZ, AAA…XFD.
    static func column(_ index: Int) -> String {
        var letters: [UInt8] = []
        var rest = index + 1
        while rest > 0 {
            rest -= 1
            letters.append(UInt8(ascii: "A") + UInt8(rest % 26))
            rest /= 26
        }
        return String(decoding: letters.reversed(), as: UTF8.self)
    }

    /// The reference of the cell in 0-based `column` and 1-based `row`, e.g. `B2`.
    static func cell(column: Int, row: Int) -> String { "\(self.column(column))\(row)" }
}
