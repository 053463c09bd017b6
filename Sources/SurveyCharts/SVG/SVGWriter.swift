import Markup

/// Accumulates SVG elements with coordinates written the same way everywhere.
///
/// Coordinates are rounded to a tenth of a pixel and printed without a
/// locale, so the same chart always yields the same bytes.
struct SVGWriter: Sendable {
    /// How a text line is aligned on its x coordinate.
    enum Anchor: String, Sendable {
        case start, middle, end
    }

    /// The elements written so far.
    private(set) var body = ""

    /// Writes a filled rectangle; empty rectangles are skipped, and very
    /// light fills get a thin outline so they do not vanish on white paper.
    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: Colour) {
        guard width > 0, height > 0 else { return }
        let stroke: Colour? = fill.lightness > 0.8 ? .axis : nil
        body +=
            "<rect x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" width=\"\(Self.number(width))\" height=\"\(Self.number(height))\" fill=\"\(fill.svg)\""
        if let stroke { body += " stroke=\"\(stroke.svg)\" stroke-width=\"0.75\"" }
        body += "/>\n"
    }

    /// Appends an element written by an extension of the writer.
    mutating func append(_ element: String) {
        body += element
    }

    /// Writes a straight line.
    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: Colour, width: Double = 1) {
        body +=
            "<line x1=\"\(Self.number(x1))\" y1=\"\(Self.number(y1))\" x2=\"\(Self.number(x2))\" y2=\"\(Self.number(y2))\" stroke=\"\(stroke.svg)\" stroke-width=\"\(Self.number(width))\"/>\n"
    }

    /// Writes a closed polygon, used for the markers of the dot chart.
    mutating func polygon(_ points: [(x: Double, y: Double)], fill: Colour, stroke: Colour? = nil) {
        let list = points.map { "\(Self.number($0.x)),\(Self.number($0.y))" }.joined(separator: " ")
        body += "<polygon points=\"\(list)\" fill=\"\(fill.svg)\""
        if let stroke { body += " stroke=\"\(stroke.svg)\" stroke-width=\"1\"" }
        body += "/>\n"
    }

    /// Writes a circle.
    mutating func circle(cx: Double, cy: Double, r: Double, fill: Colour, stroke: Colour? = nil) {
        body +=
            "<circle cx=\"\(Self.number(cx))\" cy=\"\(Self.number(cy))\" r=\"\(Self.number(r))\" fill=\"\(fill.svg)\""
        if let stroke { body += " stroke=\"\(stroke.svg)\" stroke-width=\"1\"" }
        body += "/>\n"
    }

    /// Writes one or more lines of text; `baseline` is the first line's.
    mutating func text(
        _ lines: [String], x: Double, baseline: Double, anchor: Anchor = .start,
        size: Double = ChartStyle.fontSize, bold: Bool = false, fill: Colour = .text
    ) {
        guard !lines.isEmpty else { return }
        body += "<text x=\"\(Self.number(x))\" y=\"\(Self.number(baseline))\""
        if anchor != .start { body += " text-anchor=\"\(anchor.rawValue)\"" }
        if size != ChartStyle.fontSize { body += " font-size=\"\(Self.number(size))\"" }
        if bold { body += " font-weight=\"bold\"" }
        if fill != .text { body += " fill=\"\(fill.svg)\"" }
        body += ">"
        if lines.count == 1 {
            body += XMLEscaper.escape(lines[0])
        } else {
            let step = ChartStyle.lineHeight(size)
            for (index, line) in lines.enumerated() {
                body +=
                    "<tspan x=\"\(Self.number(x))\" y=\"\(Self.number(baseline + Double(index) * step))\">\(XMLEscaper.escape(line))</tspan>"
            }
        }
        body += "</text>\n"
    }

    /// Wraps the body in the root element with its accessible name.
    ///
    /// - Parameters:
    ///   - id: A prefix for the ids of `<title>` and `<desc>`, unique within
    ///     the page that shows the chart.
    func document(id: String, width: Double, height: Double, title: String, description: String) -> String {
        let safeID = Self.identifier(id)
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\""
        svg += " width=\"\(Self.number(width))\" height=\"\(Self.number(height))\""
        svg += " viewBox=\"0 0 \(Self.number(width)) \(Self.number(height))\""
        svg += " role=\"img\" aria-labelledby=\"\(safeID)-title \(safeID)-desc\""
        svg += " font-family=\"\(FontMetrics.fontFamily)\" font-size=\"\(Self.number(ChartStyle.fontSize))\">\n"
        svg += "<title id=\"\(safeID)-title\">\(XMLEscaper.escape(title))</title>\n"
        svg += "<desc id=\"\(safeID)-desc\">\(XMLEscaper.escape(description))</desc>\n"
        svg += "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n"
        svg += body
        svg += "</svg>\n"
        return svg
    }

    /// `value` rounded to a tenth, without trailing zeros: `12`, `12.5`, `-3.2`.
    static func number(_ value: Double) -> String {
        // Clamping keeps absurd input from overflowing the integer below.
        guard value.isFinite else { return "0" }
        let tenths = Int((max(-1e12, min(1e12, value)) * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let magnitude = tenths.magnitude
        let whole = magnitude / 10
        let fraction = magnitude % 10
        return fraction == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
    }

    /// An XML name made from `text`: letters, digits, `-` and `_` kept,
    /// anything else replaced, and a letter first.
    static func identifier(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            let isSafe =
                ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
                || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_"
            result.unicodeScalars.append(isSafe ? scalar : "_")
        }
        if let first = result.unicodeScalars.first, ("a"..."z").contains(first) || ("A"..."Z").contains(first) {
            return result
        }
        return "chart-" + result
    }
}
