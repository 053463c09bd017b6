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

    @Test func templateHolesAreFilledThroughTheEscaper() {
        var recording = HTMLBuilder()
        recording.element("p") { html in html.hole(1) }
        recording.void("input", [HTMLAttribute("type", "radio"), .hole(0), HTMLAttribute("name", "n")])
        let template = recording.template
        #expect(template.holes.map(\.id) == [1, 0])
        for (typed, checked) in [("<b>&\"", true), ("", false)] {
            var html = HTMLBuilder()
            html.append(template) { hole, html in
                if hole == 0 { html.attribute(.flag("checked", checked)) } else { html.text(typed) }
            }
            var direct = HTMLBuilder()
            direct.element("p", text: typed)
            direct.void(
                "input", [HTMLAttribute("type", "radio"), .flag("checked", checked), HTMLAttribute("name", "n")])
            #expect(html.string == direct.string)
        }
        var filled = HTMLBuilder()
        filled.append(template) { hole, html in if hole == 1 { html.text("\"><script>") } }
        #expect(filled.string == "<p>&quot;&gt;&lt;script&gt;</p><input type=\"radio\" name=\"n\">")
    }
}
