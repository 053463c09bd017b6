/// Writes HTML into UTF-8 bytes; text and attribute values are escaped on the way in.
///
/// Tag and attribute names are `StaticString`s, so only the program can choose
/// them; everything that may come from a definition, an answer or a request
/// enters through ``text(_:)`` or an attribute value and is escaped there by
/// ``HTMLEscaper``. The only other ways in are ``programText(_:)``, which
/// takes a `StaticString` as well, and ``inlineSVG(_:)`` for the chart
/// renderer's escaped output. That is what makes the escaping hold "by
/// construction".
package struct HTMLBuilder {
    /// The document so far.
    package private(set) var bytes: [UInt8] = []
    /// The holes written so far (``hole(_:)``, ``HTMLAttribute/hole(_:)``): where in `bytes`, and which.
    private var holes: [HTMLTemplate.Hole] = []

    /// Creates an empty builder, reserving room for a typical page.
    package init(capacity: Int = 16_384) {
        bytes.reserveCapacity(capacity)
    }

    /// The document as text (tests and debugging).
    package var string: String { String(decoding: bytes, as: UTF8.self) }

    /// Appends the doctype.
    package mutating func doctype() {
        raw("<!DOCTYPE html>\n")
    }

    /// Appends escaped text.
    package mutating func text(_ value: String) {
        HTMLEscaper.escape(value, into: &bytes)
    }

    /// Appends an element with content built by `content`.
    package mutating func element(
        _ name: StaticString, _ attributes: [HTMLAttribute] = [], _ content: (inout HTMLBuilder) -> Void = { _ in }
    ) {
        open(name, attributes)
        content(&self)
        byte("<")
        byte("/")
        raw(name)
        byte(">")
    }

    /// Appends an element whose whole content is escaped text.
    package mutating func element(_ name: StaticString, _ attributes: [HTMLAttribute] = [], text value: String) {
        element(name, attributes) { $0.text(value) }
    }

    /// Appends a void element such as `input`, `meta` or `link`.
    package mutating func void(_ name: StaticString, _ attributes: [HTMLAttribute]) {
        open(name, attributes)
    }

    /// Appends markup written into the program, such as a stylesheet for a `<style>` element.
    ///
    /// `<style>` and `<script>` hold raw text that a browser does not unescape,
    /// so their content cannot go through ``text(_:)``; a `StaticString` can
    /// only come from the source code, never from input.
    package mutating func programText(_ value: StaticString) {
        raw(value)
    }

    /// Appends an inline SVG document written by the chart renderer.
    ///
    /// The renderer passes every text and attribute value through
    /// ``XMLEscaper``, whose output is also safe inside HTML, and builds
    /// element names only from its own constants. This is the one way other
    /// markup enters a page; nothing else may be passed here.
    package mutating func inlineSVG(_ svg: String) {
        bytes.append(contentsOf: svg.utf8)
    }

    /// Marks hole `id` here: the document written so far becomes a ``template`` that each use fills there.
    package mutating func hole(_ id: Int) {
        holes.append(HTMLTemplate.Hole(offset: bytes.count, id: id))
    }

    /// The document with its holes, to be filled by ``append(_:filling:)``.
    package var template: HTMLTemplate { HTMLTemplate(bytes: bytes, holes: holes) }

    /// Appends `template`, with `fill` writing each hole's content through this builder, so every
    /// value is escaped as if the page had been written element by element.
    package mutating func append(_ template: HTMLTemplate, filling fill: (Int, inout HTMLBuilder) -> Void) {
        template.bytes.withUnsafeBufferPointer { fixed in
            var start = 0
            for hole in template.holes {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: fixed[start..<hole.offset]))
                fill(hole.id, &self)
                start = hole.offset
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: fixed[start...]))
        }
    }

    /// Appends one attribute of an open tag's hole (see ``HTMLAttribute/hole(_:)``), escaped.
    package mutating func attribute(_ attribute: HTMLAttribute) {
        write(attribute)
    }

    /// Appends a line break between block elements, which keeps the source readable.
    package mutating func newline() {
        bytes.append(UInt8(ascii: "\n"))
    }

    private mutating func open(_ name: StaticString, _ attributes: [HTMLAttribute]) {
        byte("<")
        raw(name)
        for attribute in attributes { write(attribute) }
        byte(">")
    }

    private mutating func write(_ attribute: HTMLAttribute) {
        switch attribute.value {
        case .absent:
            break
        case .present:
            byte(" ")
            raw(attribute.name)
        case .text(let value):
            byte(" ")
            raw(attribute.name)
            byte("=")
            byte("\"")
            HTMLEscaper.escape(value, into: &bytes)
            byte("\"")
        case .hole(let id):
            hole(id)
        }
    }

    // Tag and attribute names are a few bytes long; appending them byte by byte
    // is cheaper than the general bulk append, which dominated page rendering.
    private mutating func raw(_ value: StaticString) {
        value.withUTF8Buffer { buffer in
            for byte in buffer { bytes.append(byte) }
        }
    }

    private mutating func byte(_ character: Unicode.Scalar) {
        bytes.append(UInt8(truncatingIfNeeded: character.value))
    }
}
