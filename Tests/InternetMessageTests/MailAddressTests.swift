import InternetMessage
import Testing

/// Addresses are checked strictly, with a reason an office can act on.
struct MailAddressTests {
    @Test(arguments: [
        "sekretariat@gs-nord.example", "a.b-c+d@schule.example", "x@a.b", "o'neil@example.org",
        "ALL_CAPS@EXAMPLE.DE",
    ])
    func acceptsPlainAddresses(_ address: String) throws {
        #expect(try MailAddress(address).address.hasPrefix(String(address.split(separator: "@")[0]) + "@"))
    }

    @Test func lowerCasesTheDomainOnly() throws {
        #expect(try MailAddress("Anna.Meier@Kreis.Example").address == "Anna.Meier@kreis.example")
    }

    /// Punycode vectors from Python's `codecs` (`"bücher".encode("punycode")`) and RFC 3492 §7.1 (L).
    @Test(arguments: [
        ("info@bücher.example", "info@xn--bcher-kva.example"),
        ("rathaus@München.de", "rathaus@xn--mnchen-3ya.de"),
        ("post@straße.example", "post@xn--strae-oqa.example"),
        ("a@3年B組金八先生.jp", "a@xn--3b-ww4c5e180e575a65lsy2b.jp"),
        ("a@xn--bcher-kva.example", "a@xn--bcher-kva.example"),
    ])
    func writesInternationalDomainsInASCII(_ input: String, _ expected: String) throws {
        #expect(try MailAddress(input).address == expected)
    }

    @Test func composesBeforeEncoding() throws {
        // "u" + combining diaeresis is the same domain as the precomposed "ü".
        #expect(try MailAddress("a@bu\u{308}cher.example").address == "a@xn--bcher-kva.example")
    }

    @Test(arguments: [
        ("", MailAddressError.Reason.empty),
        ("schule.example", .missingAt),
        ("a@b@schule.example", .moreThanOneAt),
        ("@schule.example", .emptyLocalPart),
        ("info@", .emptyDomain),
        ("in fo@schule.example", .whitespace),
        ("info@schule.example ", .whitespace),
        ("info@schule.example\r\nBcc: x@y.example", .controlCharacter("\r")),
        ("info\n@schule.example", .controlCharacter("\n")),
        ("info@schule\u{0}.example", .controlCharacter("\u{0}")),
        ("info@schule.example\u{2028}", .controlCharacter("\u{2028}")),
        ("info\u{85}@schule.example", .controlCharacter("\u{85}")),
        ("\"quoted\"@schule.example", .invalidLocalCharacter("\"")),
        ("a,b@schule.example", .invalidLocalCharacter(",")),
        ("müller@schule.example", .nonASCIILocalPart),
        (".info@schule.example", .misplacedDot),
        ("info.@schule.example", .misplacedDot),
        ("in..fo@schule.example", .misplacedDot),
        ("info@localhost", .domainWithoutDot),
        ("info@schule..example", .emptyDomainLabel),
        ("info@.schule.example", .emptyDomainLabel),
        ("info@schule.example.", .emptyDomainLabel),
        ("info@-schule.example", .domainLabelHyphen("-schule")),
        ("info@schule_nord.example", .invalidDomainCharacter("_")),
        ("info@[192.0.2.1]", .invalidDomainCharacter("[")),
        ("info@schule😀.example", .invalidDomainCharacter("😀")),
    ])
    func refuses(_ input: String, _ reason: MailAddressError.Reason) {
        #expect(throws: MailAddressError(input: input, reason: reason)) { try MailAddress(input) }
    }

    @Test func refusesOverlongParts() {
        let local = String(repeating: "a", count: 65)
        #expect(throws: MailAddressError(input: "\(local)@s.example", reason: .localPartTooLong(bytes: 65))) {
            try MailAddress("\(local)@s.example")
        }
        let label = String(repeating: "b", count: 64)
        #expect(throws: MailAddressError(input: "a@\(label).example", reason: .domainLabelTooLong(label))) {
            try MailAddress("a@\(label).example")
        }
        let domain = Array(repeating: String(repeating: "c", count: 60), count: 5).joined(separator: ".")
        #expect(throws: MailAddressError(input: "a@\(domain)", reason: .domainTooLong(bytes: 304))) {
            try MailAddress("a@\(domain)")
        }
        let long = Array(repeating: String(repeating: "d", count: 60), count: 4).joined(separator: ".")
        #expect(throws: MailAddressError(input: "abcdefghijklmnop@\(long)", reason: .addressTooLong(bytes: 260))) {
            try MailAddress("abcdefghijklmnop@\(long)")
        }
    }

    @Test func displayNamesAreTrimmedAndChecked() throws {
        #expect(try MailAddress("a@b.example", displayName: "  Grundschule Nord  ").displayName == "Grundschule Nord")
        #expect(try MailAddress("a@b.example", displayName: "   ").displayName == nil)
        for control in ["\r", "\n", "\r\n", "\u{0}", "\u{2028}", "\u{85}"] {
            let name = "Schule\(control)Bcc: x@y.example"
            #expect(
                throws: MailAddressError(
                    input: name, reason: .displayNameControlCharacter(control.unicodeScalars.first!))
            ) {
                try MailAddress("a@b.example", displayName: name)
            }
        }
        let long = String(repeating: "ä", count: 201)
        #expect(throws: MailAddressError(input: long, reason: .displayNameTooLong(characters: 201))) {
            try MailAddress("a@b.example", displayName: long)
        }
    }

    @Test func reasonsReadInGermanAndEnglish() {
        let missing = MailAddressError(input: "schule.example", reason: .missingAt)
        #expect(missing.message(language: "de") == "Die Adresse „schule.example“ ist ungültig: Das @ fehlt.")
        #expect(missing.message(language: "en") == "The address 'schule.example' is invalid: the @ is missing.")
        let control = MailAddressError(input: "a@b\r\n.example", reason: .controlCharacter("\r"))
        #expect(
            control.message(language: "de")
                == "Die Adresse „a@b<U+000D><U+000A>.example“ ist ungültig: Sie enthält das Steuerzeichen U+000D (etwa einen Zeilenumbruch)."
        )
        #expect(control.description.contains("control character U+000D"))
        let name = MailAddressError(input: "Schule\n", reason: .displayNameControlCharacter("\n"))
        #expect(name.message(language: "en").hasPrefix("The display name 'Schule<U+000A>' is invalid"))
        #expect(
            name.message(language: "de")
                == "Der Anzeigename „Schule<U+000A>“ ist ungültig: Er enthält das Steuerzeichen U+000A (etwa einen Zeilenumbruch)."
        )
    }
}
