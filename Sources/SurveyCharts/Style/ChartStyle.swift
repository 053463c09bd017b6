/// The fixed measures of the charts' typography and spacing, in pixels.
enum ChartStyle {
    /// The size of labels and values.
    static let fontSize = 12.0
    /// The size of the title.
    static let titleSize = 15.0
    /// The size of axis ticks, legends and notes.
    static let smallSize = 11.0
    /// The outer margin around everything.
    static let margin = 12.0
    /// The space between a label and what it labels.
    static let gap = 8.0

    /// The distance between baselines of wrapped lines at `size`.
    static func lineHeight(_ size: Double) -> Double {
        size * 1.3
    }

    /// The baseline that centres a line of `size` on `middle`: DejaVu Sans
    /// puts the middle of its capitals and digits at 0.36 em.
    static func baseline(centredOn middle: Double, size: Double) -> Double {
        middle + size * 0.36
    }
}
