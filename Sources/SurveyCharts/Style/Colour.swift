/// An sRGB colour written as `#rrggbb`.
struct Colour: Sendable, Hashable {
    var red: Int
    var green: Int
    var blue: Int

    /// Creates a colour from a 24-bit value such as `0x0072B2`.
    init(_ hex: Int) {
        red = (hex >> 16) & 0xFF
        green = (hex >> 8) & 0xFF
        blue = hex & 0xFF
    }

    private init(red: Int, green: Int, blue: Int) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// The SVG notation, lower-case `#rrggbb`.
    var svg: String {
        let digits = Colour.hexDigits
        var text = "#"
        for component in [red, green, blue] {
            text.unicodeScalars.append(digits[component >> 4])
            text.unicodeScalars.append(digits[component & 0xF])
        }
        return text
    }

    private static let hexDigits: [Unicode.Scalar] = Array("0123456789abcdef".unicodeScalars)

    /// Perceived lightness from 0 (black) to 1 (white), in the Rec. 601
    /// weighting that greyscale printers approximate.
    var lightness: Double {
        (0.299 * Double(red) + 0.587 * Double(green) + 0.114 * Double(blue)) / 255
    }

    /// The colour for text drawn on top of this one: dark on light fills,
    /// white on dark fills.
    var contrastingText: Colour {
        lightness > 0.55 ? .text : Colour(0xFFFFFF)
    }

    /// The colour a fraction `t` (0…1) of the way from `self` to `other`.
    func mixed(with other: Colour, _ t: Double) -> Colour {
        func blend(_ a: Int, _ b: Int) -> Int {
            Int((Double(a) + (Double(b) - Double(a)) * t).rounded())
        }
        return Colour(red: blend(red, other.red), green: blend(green, other.green), blue: blend(blue, other.blue))
    }

    /// The colour of body text.
    static let text = Colour(0x222222)
    /// The colour of secondary text such as axis labels and notes.
    static let mutedText = Colour(0x555555)
    /// The colour of grid lines.
    static let grid = Colour(0xDDDDDD)
    /// The colour of axis and centre lines.
    static let axis = Colour(0x666666)
}
