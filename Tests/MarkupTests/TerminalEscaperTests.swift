import EscapingCorpus
import Markup
import Testing

@Suite struct TerminalEscaperTests {
    @Test(arguments: [
        ("\u{1B}]0;pwned\u{7}\u{1B}[2J", "\\u{1B}]0;pwned\\u{7}\\u{1B}[2J"),
        ("\u{9B}31m", "\\u{9B}31m"),
        ("Zeile 1\nZeile 2\r\tEnde", "Zeile 1\\nZeile 2\\r\\tEnde"),
        ("\u{202E}gnp.exe\u{202C} \u{2067}x\u{2069}", "\\u{202E}gnp.exe\\u{202C} \\u{2067}x\\u{2069}"),
        ("Grüße \u{600}< C:\\temp", "Grüße \u{600}< C:\\temp"),
    ])
    func showsControlCharactersVisibly(input: String, expected: String) {
        #expect(TerminalEscaper.escape(input) == expected)
    }

    @Test func keepsLineBreaksWhenAsked() {
        #expect(TerminalEscaper.escapeKeepingLineBreaks("a\n\tb\r\u{1B}[0m") == "a\n\tb\\r\\u{1B}[0m")
    }

    @Test func corpusComesOutWithoutControls() {
        for text in EscapingCorpus.cases + EscapingCorpus.attacks {
            #expect(
                EscapingCorpus.problems(inTerminalText: TerminalEscaper.escape(text), allowingLineBreaks: false) == [])
            #expect(
                EscapingCorpus.problems(
                    inTerminalText: TerminalEscaper.escapeKeepingLineBreaks(text), allowingLineBreaks: true) == [])
        }
    }
}
