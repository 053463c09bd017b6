import HTTPServer

extension HTTPRequest {
    /// The boundary of the forms ``multipart(_:_:file:remoteAddress:)`` builds.
    public static let testBoundary = "----survey-test-boundary-7MA4YWxk"

    /// A `multipart/form-data` POST, as a browser sends a form with a file field.
    ///
    /// - Parameter file: the file field's name, the chosen file's name and its bytes.
    public static func multipart(
        _ target: String, _ fields: [(String, String)], file: (field: String, filename: String, content: [UInt8]),
        remoteAddress: String = "127.0.0.1"
    ) -> HTTPRequest {
        var body: [UInt8] = []
        for (name, value) in fields {
            body += Array(
                "--\(testBoundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        body += Array(
            ("--\(testBoundary)\r\nContent-Disposition: form-data; name=\"\(file.field)\"; filename=\"\(file.filename)\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").utf8)
        body += file.content + Array("\r\n--\(testBoundary)--\r\n".utf8)
        var headers = HTTPHeaders()
        headers.set("Content-Type", "multipart/form-data; boundary=\(testBoundary)")
        return HTTPRequest(method: .post, target: target, headers: headers, body: body, remoteAddress: remoteAddress)
    }
}
