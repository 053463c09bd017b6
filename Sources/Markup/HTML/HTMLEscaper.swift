/// The escaper for HTML text and double-quoted attribute values, the only one in the package.
///
/// `&`, `<`, `>`, `"` and `'` become entities, which is enough for element
/// content and attribute values alike; unwanted control characters become
/// U+FFFD (see ``MarkupEscaping``). Escaping looks at UTF-8 bytes, so no
/// combining or prepended character can hide a `<`.
package enum HTMLEscaper {
    /// Appends `text`, escaped, to `output`.
    package static func escape(_ text: String, into output: inout [UInt8]) {
        MarkupEscaping.escape(text, format: .html, into: &output)
    }

    /// `text`, escaped.
    package static func escape(_ text: String) -> String {
        MarkupEscaping.escaped(text, format: .html)
    }
}
