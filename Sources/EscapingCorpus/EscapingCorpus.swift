/// Text built to slip past an escaper, shared by the tests of every module that writes HTML, XML, SVG or terminal text.
///
/// Each case puts one character that markup or a terminal treats specially
/// next to a character that changes how Swift groups characters: a Unicode
/// "Prepend" character before it (U+0600 and `<` form one `Character` that is
/// not `<`), or a combining character after it (`<` and U+0338 form one
/// `Character`, which NFC even turns into `≮`). An escaper that compares
/// `Character`s misses these; one that compares bytes or scalars does not.
public enum EscapingCorpus {
    /// Every character with Grapheme_Cluster_Break=Prepend, which joins the character after it.
    ///
    /// The list of Unicode 15.1 (U+11A3A included) and 16 (U+113D1); a test
    /// checks it against what the toolchain's own grapheme breaking does.
    public static let prependCharacters: [Unicode.Scalar] = scalars(
        [
            0x0600...0x0605, 0x06DD...0x06DD, 0x070F...0x070F, 0x0890...0x0891, 0x08E2...0x08E2,
            0x0D4E...0x0D4E, 0x110BD...0x110BD, 0x110CD...0x110CD, 0x111C2...0x111C3, 0x113D1...0x113D1,
            0x1193F...0x1193F, 0x11941...0x11941, 0x11A3A...0x11A3A, 0x11A84...0x11A89, 0x11D46...0x11D46,
            0x11F02...0x11F02,
        ])

    /// Characters that join the character before them: combining marks, a
    /// combining overlay, a variation selector, the zero-width joiner, a virama
    /// (Indic conjuncts) and an emoji modifier.
    public static let combiningCharacters: [Unicode.Scalar] = scalars(
        [0x0300...0x036F, 0x20D2...0x20D2, 0xFE0F...0xFE0F, 0x200D...0x200D, 0x094D...0x094D, 0x1F3FB...0x1F3FB])

    /// The characters each format must neutralise.
    public static let specialCharacters: [String] =
        ["<", ">", "&", "\"", "'", "\r\n", "\r", "\n", "\t", "\u{FFFD}", "\u{FFFE}", "\u{FFFF}"]
        + scalars([0x00...0x1F, 0x7F...0x9F]).map { String($0) }
        + bidiControls.map { String($0) }

    /// The bidirectional embeddings, overrides and isolates (Trojan Source).
    public static let bidiControls: [Unicode.Scalar] = scalars([0x202A...0x202E, 0x2066...0x2069])

    /// Markup characters: after escaping, these bytes may appear only as part of the program's own markup.
    public static let markupBytes: Set<UInt8> = Set("<>&\"'".utf8)

    /// Each special character with each prepend character before it and each combining character after it.
    public static let cases: [String] = specialCharacters.flatMap { special in
        prependCharacters.map { String($0) + special } + combiningCharacters.map { special + String($0) }
    }

    /// Whole attacks as an attacker would type them.
    public static let attacks: [String] = [
        "\u{600}<img src=x onerror=alert(1)>",
        "\u{600}<script>alert(1)</script>",
        "\u{600}<meta http-equiv=refresh content=\"0;url=https://example.org\">",
        "\u{600}\"><svg onload=alert(1)>",
        "\u{600}'><svg onload=alert(1)>",
        "<\u{338}/title><script>alert(1)</script>",
        "]]><!-- \u{0} &amp; &#60; &lt; <![CDATA[",
        "\u{1B}]0;pwned\u{7}\u{1B}[2J\u{1B}[31mrot\u{1B}[0m",
        "\u{9B}31m\u{9D}0;title\u{9C}",
        "Zeile 1\r\nZeile 2\rüberschrieben",
        "\u{202E}gnp.exe\u{202C}",
        "\u{2067}if (admin)\u{2069}",
    ]

    /// Bytes that are not UTF-8 (a lone surrogate, a cut-off sequence, an
    /// overlong `<`), decoded as the server and the file readers do: each
    /// becomes U+FFFD, which a Swift `String` holds in place of a surrogate.
    public static let decodedInvalidBytes: [String] =
        [[0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF], [0xE2, 0x82], [0xC0, 0xBC]]
        .map { String(decoding: $0 as [UInt8], as: UTF8.self) + "<" }

    /// The cases and attacks joined into texts of at most `maxLength` characters, so a test
    /// can pass the whole corpus through an output in a few round trips.
    public static func chunks(maxLength: Int) -> [String] {
        var chunks: [String] = []
        var current = ""
        var count = 0
        for item in attacks + decodedInvalidBytes + cases {
            let length = item.count + 1
            if count + length > maxLength, !current.isEmpty {
                chunks.append(current)
                current = ""
                count = 0
            }
            current += item + " "
            count += length
        }
        if !current.isEmpty { chunks.append(current) }
        return chunks
    }

    private static func scalars(_ ranges: [ClosedRange<UInt32>]) -> [Unicode.Scalar] {
        ranges.flatMap { $0.compactMap(Unicode.Scalar.init) }
    }
}
