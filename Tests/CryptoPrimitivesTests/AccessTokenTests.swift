import CryptoPrimitives
import Testing

/// Token shape, alphabet, typing normalisation and hashing.
struct AccessTokenTests {
    @Test func generatedTokenShape() {
        let token = AccessToken.generate()
        let text = token.description
        #expect(text.count == 28 + 6)
        #expect(text.split(separator: "-").map(\.count) == [4, 4, 4, 4, 4, 4, 4])
        for character in text.utf8 where character != UInt8(ascii: "-") {
            #expect(AccessToken.alphabet.contains(character))
        }
        #expect(AccessToken.generate() != token)
    }

    @Test func alphabetHasNoLookAlikes() {
        for banned in "0O1lIL".utf8 {
            #expect(!AccessToken.alphabet.contains(banned))
        }
        #expect(Set(AccessToken.alphabet).count == 31)
    }

    @Test func typedFormsNormalise() throws {
        let token = AccessToken.generate()
        let lower = token.description.lowercased()
        let spaced = token.symbols.map(String.init).joined(separator: " ")
        #expect(AccessToken(typed: lower) == token)
        #expect(AccessToken(typed: spaced) == token)
        #expect(AccessToken(typed: " \(token.symbols) ") == token)
        #expect(try #require(AccessToken(typed: lower)).hashHex == token.hashHex)
    }

    @Test(arguments: [
        "", "K7QX", "K7QX-K7QX-K7QX-K7QX-K7QX-K7QX-K7Q0", "K7QX-K7QX-K7QX-K7QX-K7QX-K7QX-K7QXA",
        "K7QX-K7QX-K7QX-K7QX-K7QX-K7QX-K7Qä", "K7QX_K7QX-K7QX-K7QX-K7QX-K7QX-K7QX",
    ])
    func rejectsMalformed(text: String) {
        #expect(AccessToken(typed: text) == nil)
    }

    @Test func hashIsSHA256OfSymbols() throws {
        let token = try #require(AccessToken(typed: "K7QX-K7QX-K7QX-K7QX-K7QX-K7QX-K7QX"))
        #expect(token.hashHex == Hex.encode(SHA256.hash("K7QXK7QXK7QXK7QXK7QXK7QXK7QX")))
        #expect(token.hashHex.count == 64)
    }
}
