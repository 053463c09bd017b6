/// Text widths of the charts' font, from a built-in table instead of font files.
///
/// The charts name DejaVu Sans first (Verdana, whose widths are close, second),
/// so wrapping and label placement computed here hold where the SVG is shown.
struct FontMetrics: Sendable {
    /// The font family list written into every chart.
    static let fontFamily = "DejaVu Sans, Verdana, sans-serif"

    private static let unitsPerEm = 2048.0

    /// The width, in pixels, of `text` set at `size` pixels.
    static func width(of text: String, size: Double, bold: Bool = false) -> Double {
        var units = 0
        for scalar in text.unicodeScalars {
            units += advance(of: scalar.value, bold: bold)
        }
        return Double(units) * size / unitsPerEm
    }

    /// The advance of one scalar in font units.
    private static func advance(of scalar: UInt32, bold: Bool) -> Int {
        let latin = bold ? dejaVuSansBoldLatin : dejaVuSansRegularLatin
        switch scalar {
        case 0x20..<0x7F:
            return Int(latin[Int(scalar - 0x20)])
        case 0xA0...0xFF:
            return Int(latin[Int(scalar - 0xA0) + 0x5F])
        case 0..<0x20, 0x7F..<0xA0, 0x300..<0x370, 0x200B...0x200D:
            // Controls, combining accents and zero-width characters take no room.
            return 0
        case 0x2E80...:
            // East Asian ideographs and emoji are about one em wide.
            return 2048
        default:
            let extras = bold ? dejaVuSansBoldExtras : dejaVuSansRegularExtras
            // Unlisted letters are taken as wide as a capital H, a safe guess.
            return Int(extras[scalar] ?? (bold ? 1714 : 1540))
        }
    }
}
