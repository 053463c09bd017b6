import HTTPServer

extension OfficeController {
    /// `path` at the host the office reached this server by, for links the office passes on (personal
    /// links of schools, invitation links of people).
    ///
    /// A Host header with anything but a host name, an address and a port falls back to `localhost`.
    func absoluteLink(_ path: String, _ request: HTTPRequest) -> String {
        let host = request.headers["Host"].flatMap { host in
            !host.isEmpty && host.utf8.count <= 255
                && host.unicodeScalars.allSatisfy {
                    $0.isASCII
                        && ($0.properties.isAlphabetic || ("0"..."9").contains($0)
                            || ".-:[]".unicodeScalars.contains($0))
                } ? host : nil
        }
        return "\(request.isSecure ? "https" : "http")://\(host ?? "localhost")\(path)"
    }
}
