/// Writes metrics in the Prometheus text exposition format, version 0.0.4.
///
/// The one writer of the format: label values and help texts are escaped here
/// (backslash, double quote, line feed), so a survey id or a route class can
/// never break a line or open a label of its own.
public struct PrometheusText: Sendable {
    /// The media type a scraper expects for this format.
    public static let contentType = "text/plain; version=0.0.4; charset=utf-8"

    /// A metric's kind, as its `# TYPE` line names it.
    public enum Kind: String, Sendable {
        case counter, gauge, histogram
    }

    /// The text written so far.
    public private(set) var text = ""

    /// Starts an empty exposition.
    public init() {}

    /// Writes the `# HELP` and `# TYPE` lines that must come before a metric's samples.
    public mutating func family(_ name: String, _ kind: Kind, help: String) {
        text += "# HELP \(name) \(Self.escaped(help, quotes: false))\n# TYPE \(name) \(kind.rawValue)\n"
    }

    /// Writes one sample line.
    public mutating func sample(_ name: String, labels: [(String, String)] = [], _ value: Double) {
        text += name + Self.labelSet(labels) + " " + Self.number(value) + "\n"
    }

    /// Writes a histogram's buckets, sum and count under one family name.
    public mutating func histogram(_ name: String, labels: [(String, String)] = [], _ histogram: Histogram) {
        for (bound, count) in zip(histogram.bounds, histogram.cumulativeCounts) {
            sample(name + "_bucket", labels: labels + [("le", Self.number(bound))], Double(count))
        }
        sample(name + "_bucket", labels: labels + [("le", "+Inf")], Double(histogram.count))
        sample(name + "_sum", labels: labels, histogram.sum)
        sample(name + "_count", labels: labels, Double(histogram.count))
    }

    private static func labelSet(_ labels: [(String, String)]) -> String {
        if labels.isEmpty { return "" }
        return "{" + labels.map { "\($0.0)=\"\(escaped($0.1, quotes: true))\"" }.joined(separator: ",") + "}"
    }

    /// Integers without a fraction, other numbers as Swift prints them, and the format's own spellings of infinity and NaN.
    static func number(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value > 0 ? "+Inf" : "-Inf" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    /// Escapes backslashes and line feeds, and in label values (`quotes`) double quotes too.
    static func escaped(_ value: String, quotes: Bool) -> String {
        var escaped = ""
        for character in value.unicodeScalars {
            switch character {
            case "\\": escaped += "\\\\"
            case "\"" where quotes: escaped += "\\\""
            case "\n": escaped += "\\n"
            default: escaped.unicodeScalars.append(character)
            }
        }
        return escaped
    }
}
