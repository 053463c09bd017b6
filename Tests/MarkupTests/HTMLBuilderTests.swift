import Markup
import Testing

@Suite struct HTMLBuilderTests {
    @Test(arguments: [
        ("plain", "plain"),
        ("<script>alert('x')</script>", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"),
        ("Tom & \"Jerry\"", "Tom &amp; &quot;Jerry&quot;"),
        ("Größe ≥ 5 €", "Größe ≥ 5 €"),
        ("", ""),
    ])
    func escapesText(input: String, expected: String) {
        var html = HTMLBuilder()
        html.text(input)
        #expect(html.string == expected)
    }

    @Test func escapesAttributeValuesAndLeavesOutAbsentOnes() {
        var html = HTMLBuilder()
        html.void(
            "input",
            [
                HTMLAttribute("value", "\"><script>"), HTMLAttribute("title", nil), .flag("checked", true),
                .flag("disabled", false),
            ])
        #expect(html.string == "<input value=\"&quot;&gt;&lt;script&gt;\" checked>")
    }

    @Test func nestsElements() {
        var html = HTMLBuilder()
        html.element("p", [HTMLAttribute("class", "help")]) { html in
            html.text("a")
            html.element("strong", text: "<b>")
        }
        #expect(html.string == "<p class=\"help\">a<strong>&lt;b&gt;</strong></p>")
    }
}
