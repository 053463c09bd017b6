/// The colours of the charts: colour-blind safe, and still distinct in grey.
///
/// Series use the Okabe–Ito palette in an order that alternates dark and
/// light; ordered scales use a blue ramp (sequential) or orange and blue
/// arms around a grey neutral (diverging), so lightness alone tells the order.
enum Palette {
    /// The fill of single-series bars and columns.
    static let primary = Colour(0x0072B2)

    /// Okabe–Ito colours for unordered series such as groups or waves,
    /// ordered so that the first four differ in grey as well: blue (34 %
    /// lightness), orange (64 %), black (0 %) and yellow (84 %).
    static let categorical: [Colour] = [
        Colour(0x0072B2), Colour(0xE69F00), Colour(0x000000), Colour(0xF0E442),
        Colour(0x56B4E9), Colour(0xD55E00), Colour(0x009E73), Colour(0xCC79A7),
    ]

    /// The colour of series `index`, repeating after eight.
    static func series(_ index: Int) -> Colour {
        categorical[index % categorical.count]
    }

    /// ColorBrewer "Blues" from light to dark, without its near-white end.
    private static let blues: [Colour] = [
        Colour(0xDEEBF7), Colour(0xC6DBEF), Colour(0x9ECAE1), Colour(0x6BAED6),
        Colour(0x4292C6), Colour(0x2171B5), Colour(0x08519C), Colour(0x08306B),
    ]

    /// Oranges of ColorBrewer "PuOr" from light to dark.
    private static let negativeArm: [Colour] = [
        Colour(0xFDB863), Colour(0xE08214), Colour(0xB35806), Colour(0x7F3B08),
    ]

    /// Blues of ColorBrewer "RdBu" from light to dark.
    private static let positiveArm: [Colour] = [
        Colour(0x92C5DE), Colour(0x4393C3), Colour(0x2166AC), Colour(0x053061),
    ]

    /// The neutral middle of a diverging scale.
    static let neutral = Colour(0xCCCCCC)

    /// "Not applicable" beside a scale: a grey darker than the neutral
    /// middle, and drawn apart from the scale, so the two are not confused.
    static let notApplicable = Colour(0x9A9A9A)

    /// `count` colours of an ordered scale from light to dark.
    static func sequential(_ count: Int) -> [Colour] {
        ramp(blues, count: count, from: 0.1, to: 1)
    }

    /// Colours for a diverging scale: `negative` oranges (dark to light), a
    /// grey if `hasNeutral`, then `positive` blues (light to dark).
    static func diverging(negative: Int, hasNeutral: Bool, positive: Int) -> [Colour] {
        let left = ramp(negativeArm, count: negative, from: 0.05, to: 1).reversed()
        let right = ramp(positiveArm, count: positive, from: 0.05, to: 1)
        return Array(left) + (hasNeutral ? [neutral] : []) + right
    }

    /// `count` colours spread evenly between fractions `start` and `end` of a
    /// piecewise-linear ramp through `anchors`.
    private static func ramp(_ anchors: [Colour], count: Int, from start: Double, to end: Double) -> [Colour] {
        guard count > 0, let first = anchors.first else { return [] }
        if count == 1 { return [sample(anchors, at: (start + end) / 2 + 0.1, fallback: first)] }
        return (0..<count).map { index in
            let t = start + (end - start) * Double(index) / Double(count - 1)
            return sample(anchors, at: t, fallback: first)
        }
    }

    private static func sample(_ anchors: [Colour], at t: Double, fallback: Colour) -> Colour {
        let scaled = max(0, min(1, t)) * Double(anchors.count - 1)
        let lower = Int(scaled.rounded(.down))
        guard lower < anchors.count - 1 else { return anchors.last ?? fallback }
        return anchors[lower].mixed(with: anchors[lower + 1], scaled - Double(lower))
    }
}
