import Testing

@testable import HTTPServer

/// Query and form decoding, cookies, and cookie attributes.
@Suite struct FormDecodingTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let input: String
        let expected: Result<[String], FormDecodingError>
        var testDescription: String { input }
    }

    static let cases: [Case] = [
        .init(input: "a=1&b=2", expected: .success(["a=1", "b=2"])),
        .init(input: "a=1&a=2&a=", expected: .success(["a=1", "a=2", "a="])),
        .init(input: "q=hallo+welt&x=%2B%26%3D", expected: .success(["q=hallo welt", "x=+&="])),
        .init(input: "name=M%C3%BCller", expected: .success(["name=Müller"])),
        .init(input: "flag&&=v&", expected: .success(["flag=", "=v"])),
        .init(input: "", expected: .success([])),
        .init(input: "a=%", expected: .failure(.invalidPercentEncoding(offset: 2))),
        .init(input: "a=%4", expected: .failure(.invalidPercentEncoding(offset: 2))),
        .init(input: "a=%G1", expected: .failure(.invalidPercentEncoding(offset: 2))),
        .init(input: "x=1&a=%FF", expected: .failure(.invalidUTF8(offset: 6))),
        .init(input: "a=%C3", expected: .failure(.invalidUTF8(offset: 2))),
        .init(input: "a=%ED%A0%80", expected: .failure(.invalidUTF8(offset: 2))),
    ]

    @Test("decoding", arguments: cases)
    func decode(_ testCase: Case) {
        let result = Result { () throws(FormDecodingError) in
            try URLEncodedForm(decoding: Array(testCase.input.utf8)).map { "\($0.name)=\($0.value)" }
        }
        #expect(result == testCase.expected)
    }

    @Test func encodingRoundTrips() throws {
        let text = "Grundschule am Park & Co. = 100% ü/ß?"
        let encoded = URLEncodedForm.encode(text)
        #expect(encoded == "Grundschule+am+Park+%26+Co.+%3D+100%25+%C3%BC%2F%C3%9F%3F")
        #expect(try URLEncodedForm(decoding: Array("t=\(encoded)".utf8))["t"] == text)
    }

    @Test func aPathSegmentIsBoundBackWhole() throws {
        let text = "hin weis+1?a=1#b/ü"
        let encoded = PercentEncoding.pathSegment(text)
        #expect(encoded == "hin%20weis%2B1%3Fa%3D1%23b%2F%C3%BC")
        #expect(try RoutePattern("/q/:id").match("/q/" + encoded) == ["id": text])
    }

    @Test func formFieldsNeedTheFormContentType() throws {
        var request = HTTPRequest(method: .post, target: "/", body: Array("a=1&b=2&a=3".utf8))
        #expect(throws: FormDecodingError.unsupportedContentType) { try request.formFields() }
        request.headers.set("Content-Type", "Application/X-WWW-Form-Urlencoded; charset=UTF-8")
        let form = try request.formFields()
        #expect(form.values(for: "a") == ["1", "3"])
        #expect(form["b"] == "2")
        let query = try HTTPRequest(method: .get, target: "/x?t=abc%20d&t=2").queryItems()
        #expect(query.values(for: "t") == ["abc d", "2"])
    }

    @Test func cookiesAreParsed() {
        let request = HTTPRequest(
            method: .get, target: "/",
            headers: HTTPHeaders(fields: [
                (name: "Cookie", value: "session=abc123; theme=\"dark\"; broken; session=second"),
                (name: "cookie", value: "lang=de"),
                (name: "Cookie", value: " \t spaced =\t wert mit Leerzeichen ; ort=Köln;=leer; \"=\""),
            ]))
        #expect(
            request.cookies == [
                "session": "abc123", "theme": "dark", "lang": "de", "spaced": "wert mit Leerzeichen", "ort": "Köln",
                "\"": "\"",
            ])
    }

    @Test func setCookieCarriesItsAttributes() {
        var response = HTTPResponse.text("ok")
        response.setCookie(SetCookie(name: "session", value: "abc", maxAge: 3600, sameSite: .strict))
        response.setCookie(SetCookie(name: "old", value: "", maxAge: 0, httpOnly: false, secure: false, sameSite: nil))
        #expect(
            response.headers.values(for: "Set-Cookie") == [
                "session=abc; Path=/; Max-Age=3600; Secure; HttpOnly; SameSite=Strict",
                "old=; Path=/; Max-Age=0",
            ])
    }
}
