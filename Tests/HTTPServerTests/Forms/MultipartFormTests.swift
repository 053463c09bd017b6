import HTTPServer
import HTTPServerTesting
import Testing

/// `multipart/form-data`, as a form with a file field sends it.
struct MultipartFormTests {
    @Test func readsFieldsAndTheFile() throws {
        let content = Array("id;label\r\n--x;\"a\r\nb\"\r\n".utf8)
        let request = HTTPRequest.multipart(
            "/u", [("_csrf", "abc"), ("mode", "skip")], file: ("file", "s.csv", content))
        let form = try request.multipartForm()
        #expect(form["_csrf"] == "abc" && form["mode"] == "skip")
        #expect(form.part("file")?.filename == "s.csv")
        #expect(form.part("file")?.body == content)
    }

    @Test func refusesOtherTypesAndBrokenBodies() {
        let plain = HTTPRequest.form("/u", [("a", "b")])
        #expect(throws: FormDecodingError.unsupportedContentType) { try plain.multipartForm() }
        let good = HTTPRequest.multipart("/u", [("a", "b")], file: ("file", "f", [1, 2, 3]))
        for cut in [0, 10, good.body.count / 2, good.body.count - 5] {
            var broken = good
            broken.body = Array(good.body.prefix(cut))
            #expect(throws: FormDecodingError.malformedMultipart) { try broken.multipartForm() }
        }
        var noBoundary = good
        noBoundary.headers.set("Content-Type", "multipart/form-data")
        #expect(throws: FormDecodingError.malformedMultipart) { try noBoundary.multipartForm() }
    }
}
