/// The escaper for XML (and so SVG) text and attribute values, the only one in the package.
///
/// `&`, `<`, `>`, `"` and `'` become entities; tab, line feed and carriage
/// return become character references, so they survive attribute-value
/// normalisation; characters XML 1.0 forbids become U+FFFD (see
/// ``MarkupEscaping``). Whatever the input, the output is well-formed
/// character data.
package enum XMLEscaper {
    /// Appends `text`, escaped, to `output`.
    package static func escape(_ text: String, into output: inout [UInt8]) {
        MarkupEscaping.escape(text, format: .xml, into: &output)
    }

    /// `text`, escaped.
    package static func escape(_ text: String) -> String {
        MarkupEscaping.escaped(text, format: .xml)
    }
}
