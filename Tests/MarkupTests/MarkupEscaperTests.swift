import EscapingCorpus
import Markup
import Testing

/// The HTML and XML escapers, case by case and over the whole escaping corpus.
@Suite struct MarkupEscaperTests {
    @Test(arguments: [
        // A prepend character joins `<` into one Character; byte-wise escaping still finds the `<`.
        ("\u{600}<img src=x onerror=alert(1)>", "\u{600}&lt;img src=x onerror=alert(1)&gt;"),
        ("\u{110BD}\"", "\u{110BD}&quot;"),
        // `<` and U+0338 are one Character (and NFC makes them ≮).
        ("<\u{338}b>", "&lt;\u{338}b&gt;"),
        ("a\u{0}b\u{7}c\u{1B}d\u{7F}e\u{9B}f", "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}e\u{FFFD}f"),
        ("\u{FFFE}\u{FFFF}\u{FFFD}", "\u{FFFD}\u{FFFD}\u{FFFD}"),
        ("Zeile\r\nneu\tTab", "Zeile\r\nneu\tTab"),
        ("'", "&#39;"),
        ("Grüße „so“ — ok", "Grüße „so“ — ok"),
    ])
    func html(input: String, expected: String) {
        #expect(HTMLEscaper.escape(input) == expected)
    }

    @Test(arguments: [
        ("\u{600}<b>&\"c'", "\u{600}&lt;b&gt;&amp;&quot;c&apos;"),
        ("<\u{338}", "&lt;\u{338}"),
        ("Zeile\r\nneu\tTab", "Zeile&#13;&#10;neu&#9;Tab"),
        ("a\u{0}b\u{1F}c\u{85}d\u{FFFF}", "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}"),
        ("Grüße „so“ — ok", "Grüße „so“ — ok"),
    ])
    func xml(input: String, expected: String) {
        #expect(XMLEscaper.escape(input) == expected)
    }

    @Test func everyCorpusCaseComesOutWithoutMarkup() {
        for text in EscapingCorpus.cases + EscapingCorpus.attacks + EscapingCorpus.decodedInvalidBytes {
            #expect(EscapingCorpus.problems(inEscapedValue: HTMLEscaper.escape(text)) == [])
            #expect(EscapingCorpus.problems(inEscapedValue: XMLEscaper.escape(text)) == [])
        }
    }

    @Test func builderEscapesTheCorpusInTextAndAttributes() {
        for chunk in EscapingCorpus.chunks(maxLength: 2000) {
            var html = HTMLBuilder()
            html.element("p", [HTMLAttribute("title", chunk)], text: chunk)
            #expect(html.string == "<p title=\"\(HTMLEscaper.escape(chunk))\">\(HTMLEscaper.escape(chunk))</p>")
            #expect(EscapingCorpus.problems(inDocument: html.string) == [])
        }
    }

    /// The corpus names every character that the toolchain's grapheme breaking joins with a following `<`.
    @Test func corpusHoldsEveryPrependCharacterOfTheToolchain() {
        let listed = Set(EscapingCorpus.prependCharacters)
        // Prepend characters live in the first three planes.
        let joining = (UInt32(0)...0x2FFFF).compactMap(Unicode.Scalar.init).filter { scalar in
            scalar != "<" && (String(scalar) + "<").count == 1
        }
        #expect(!joining.isEmpty)
        #expect(joining.filter { !listed.contains($0) } == [])
    }
}
