import Foundation
import InternetMessage
import TestSupport
import Testing

/// Python's `email` package, as strict a reader as mail programs are, reads back exactly what was
/// put in: subjects, display names and bodies with umlauts, emoji, long lines and an HTML part.
@Suite(.requires(.python))
struct PythonEmailTests {
    /// Prints, for each message file, what a reader shows, and every defect the parser noticed.
    ///
    /// Python 3.11 (and other releases before the fix) keeps the space between two encoded words in a display name (CPython
    /// issue gh-128110), against RFC 2047 §6.2; long names are therefore also decoded with the
    /// older `email.header` decoder, which follows the RFC.
    static let script = #"""
        import email, email.header, email.policy, json, sys

        def mailboxes(header):
            return [[a.display_name, a.addr_spec] for a in header.addresses] if header is not None else None

        results = []
        for path in sys.argv[1:]:
            with open(path, "rb") as file:
                data = file.read()
            message = email.message_from_bytes(data, policy=email.policy.default)
            raw = email.message_from_bytes(data)  # the older API's RFC 2047 decoder, on the field as written
            defects = [repr(d) for d in message.defects]
            for name, value in message.items():
                defects += [name + ": " + repr(d) for d in value.defects]
            html = message.get_body(("html",))
            for part in message.walk():
                defects += [repr(d) for d in part.defects]
            results.append({
                "fields": list(message.keys()),
                "subject": str(message["subject"]),
                "from": mailboxes(message["from"]),
                "fromDecoded": str(email.header.make_header(email.header.decode_header(raw["from"]))),
                "replyTo": mailboxes(message["reply-to"]),
                "to": mailboxes(message["to"]),
                "text": message.get_body(("plain",)).get_content(),
                "html": html.get_content() if html is not None else None,
                "defects": defects,
            })
        print(json.dumps(results))
        """#

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let subject: String
        let fromName: String?
        let toNames: [String?]
        let text: String
        var html: String?
        var testDescription: String { name }
    }

    static let longLine = String(
        repeating: "Die Schülerinnen und Schüler beantworten die Fragen gemeinsam. ", count: 12)

    static let cases: [Case] = [
        Case(
            name: "umlauts", subject: "Einladung: Schülerbefragung „Ganztag“ 2027",
            fromName: "Staatliches Schulamt Süd",
            toNames: ["Grundschule Nord – Sekretariat"],
            text:
                "Sehr geehrte Damen und Herren,\n\nbitte füllen Sie den Fragebogen bis zum 31. Januar 2027 aus.\n\nMit freundlichen Grüßen\nIhr Schulamt\n"
        ),
        Case(
            name: "emoji", subject: "Erinnerung 😀 👨‍👩‍👧‍👦 🇩🇪 – nur noch 3 Tage", fromName: "Schulamt 🏫",
            toNames: ["Mittelschule 🌲 am Wald"], text: "Hallo 👋\nDanke! 🙏🏽\n"),
        Case(
            name: "long subject and lines",
            subject: String(repeating: "Ganztagsbetreuung an Grundschulen – Übersicht ", count: 5),
            fromName: nil, toNames: [nil, "Schule \"Am Berg\", Nord", "Müller\\Meier"],
            text: longLine + "\n" + String(repeating: "ä", count: 300)
                + "\nZeile mit Leerzeichen am Ende   \n.\nFrom here\n=_ und =3D\n\tTab\n"),
        Case(
            name: "html alternative", subject: "Einladung zur Befragung",
            fromName: "Schulamt Süd, Referat 2 (Schulentwicklung und Qualitätssicherung im Landkreis)",
            toNames: ["Grundschule Nord"], text: "Link: https://umfrage.kreis.example/s/abc?x=1\n",
            html: "<!DOCTYPE html>\n<p>Sehr geehrte Damen und Herren,</p>\n<p>" + longLine
                + "<a href=\"https://umfrage.kreis.example/s/abc?x=1&amp;y=2\">Zur Umfrage</a></p>\n"),
        Case(
            name: "line breaks in the subject", subject: "Einladung\r\nBcc: opfer@evil.example\u{2028}X-Evil: 1",
            fromName: "Schulamt", toNames: ["Schule"], text: "Text\r\nBcc: opfer@evil.example\r\n\r\n.\r\n"),
        Case(
            name: "plain ASCII, folded",
            subject: "Invitation to the survey on all-day care at primary schools in the county, 2027 edition",
            fromName: "County Education Office", toNames: ["Primary School North"], text: "No final line break"),
    ]

    @Test func pythonReadsWhatWasWritten() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mail-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var paths: [String] = []
        for (index, testCase) in Self.cases.enumerated() {
            let message = MailMessage(
                from: try MailAddress("umfrage@schulamt.example", displayName: testCase.fromName),
                to: try testCase.toNames.enumerated().map {
                    try MailAddress("schule\($0.offset)@landkreis.example", displayName: $0.element)
                },
                replyTo: try MailAddress("kontakt@schulamt.example", displayName: "Referat 2"),
                subject: testCase.subject, text: testCase.text, html: testCase.html,
                date: Date(timeIntervalSince1970: 1_796_457_600), messageID: nil)
            let path = folder.appendingPathComponent("\(index).eml").path
            try Data(message.rendered()).write(to: URL(fileURLWithPath: path))
            paths.append(path)
        }
        guard
            let outcome = try ExternalTool.python.run(script: Self.script, fileExtension: "py", scriptArguments: paths)
        else { return }
        #expect(outcome.status == 0, "\(outcome.output)")
        let results = try #require(
            try JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [[String: Any]], "\(outcome.output)")
        for (testCase, result) in zip(Self.cases, results) {
            #expect(result["defects"] as? [String] == [], "\(testCase.name)")
            var fields = ["Date", "Message-ID", "From", "Reply-To", "To", "Subject", "MIME-Version", "Content-Type"]
            if testCase.html == nil { fields.append("Content-Transfer-Encoding") }
            #expect(result["fields"] as? [String] == fields, "\(testCase.name)")
            #expect(result["subject"] as? String == HeaderText.flattened(testCase.subject), "\(testCase.name)")
            if let name = testCase.fromName, name.utf8.count > 45 { // more than one encoded word
                #expect(result["fromDecoded"] as? String == "\(name) <umfrage@schulamt.example>", "\(testCase.name)")
            } else {
                #expect(
                    result["from"] as? [[String]] == [[testCase.fromName ?? "", "umfrage@schulamt.example"]],
                    "\(testCase.name)")
            }
            #expect(result["replyTo"] as? [[String]] == [["Referat 2", "kontakt@schulamt.example"]])
            let to = testCase.toNames.enumerated().map { [$0.element ?? "", "schule\($0.offset)@landkreis.example"] }
            #expect(result["to"] as? [[String]] == to, "\(testCase.name)")
            #expect(result["text"] as? String == Self.asRead(testCase.text), "\(testCase.name)")
            #expect(result["html"] as? String == testCase.html.map(Self.asRead), "\(testCase.name)")
        }
        #expect(results.count == Self.cases.count)
    }

    /// The body as Python gives it back: line ends as on the wire (CRLF), and the final one the message adds.
    static func asRead(_ text: String) -> String {
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n")
        return (lines.hasSuffix("\n") ? lines : lines + "\n").replacingOccurrences(of: "\n", with: "\r\n")
    }
}
