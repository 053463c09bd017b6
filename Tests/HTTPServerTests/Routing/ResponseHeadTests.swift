import Testing

@testable import HTTPServer

/// The serialised response head: framing fields are the server's, and no
/// handler value can split the head.
@Suite struct ResponseHeadTests {
    @Test func framingFieldsComeFromTheServer() {
        var head = ResponseHead()
        let response = HTTPResponse(
            status: .ok,
            headers: HTTPHeaders(fields: [
                (name: "Content-Length", value: "999"), (name: "X-Ok", value: "1"),
                (name: "X-Bad", value: "a\r\nSet-Cookie: evil=1"), (name: "Bad Name", value: "x"),
                (name: "Connection", value: "keep-alive"),
            ]), body: Array("hello".utf8))
        let bytes = head.bytes(for: response, bodyLength: 5, close: true, minorVersion: 1, now: 784_111_777)
        #expect(
            String(decoding: bytes, as: UTF8.self)
                == "HTTP/1.1 200 OK\r\nDate: Sun, 06 Nov 1994 08:49:37 GMT\r\nX-Ok: 1\r\nContent-Length: 5\r\nConnection: close\r\n\r\n"
        )
    }

    @Test func notModifiedHasNoLength() {
        var head = ResponseHead()
        let bytes = head.bytes(
            for: HTTPResponse(status: .notModified), bodyLength: 0, close: false, minorVersion: 0, now: 0)
        #expect(
            String(decoding: bytes, as: UTF8.self)
                == "HTTP/1.1 304 Not Modified\r\nDate: Thu, 01 Jan 1970 00:00:00 GMT\r\nConnection: keep-alive\r\n\r\n")
    }

    @Test func datesRoundTrip() {
        #expect(HTTPDate.imfFixdate(784_111_777) == "Sun, 06 Nov 1994 08:49:37 GMT")
        #expect(HTTPDate.parse("Sun, 06 Nov 1994 08:49:37 GMT") == 784_111_777)
        #expect(HTTPDate.parse("Sunday, 06-Nov-94 08:49:37 GMT") == nil)
        #expect(HTTPDate.commonLogFormat(784_111_777) == "06/Nov/1994:08:49:37 +0000")
    }

    /// `If-Modified-Since` comes from the client: numbers beyond a calendar's are refused, not trapped on.
    @Test func datesWithNumbersOutOfRangeAreRefused() {
        #expect(HTTPDate.parse("Sun, 06 Nov 99999999999 08:49:37 GMT") == nil)
        #expect(HTTPDate.parse("Sun, 06 Nov -9223372036854775808 08:49:37 GMT") == nil)
        #expect(HTTPDate.parse("Sun, 99999999999 Nov 1994 08:49:37 GMT") == nil)
        #expect(HTTPDate.parse("Sun, 06 Nov 1994 99999999999:49:37 GMT") == nil)
        #expect(HTTPDate.parse("Sun, 06 Nov 1994 08:49:99999999999 GMT") == nil)
    }
}
