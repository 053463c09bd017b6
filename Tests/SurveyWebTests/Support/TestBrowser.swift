import Foundation
import HTTPServer
import SurveyWeb

/// A browser stand-in for router tests: keeps cookies and reads form fields out of pages.
struct TestBrowser {
    let client: RouterTestClient
    var cookies: [String: String] = [:]
    var remoteAddress = "127.0.0.1"

    init(router: Router) {
        client = RouterTestClient(router: router)
    }

    mutating func get(_ target: String) async -> HTTPResponse {
        var headers = HTTPHeaders()
        if !cookies.isEmpty { headers.set("Cookie", cookieHeader) }
        let response = await client.execute(
            HTTPRequest(method: .get, target: target, headers: headers, remoteAddress: remoteAddress))
        remember(response)
        return response
    }

    mutating func post(_ target: String, _ fields: [(String, String)]) async -> HTTPResponse {
        var headers = HTTPHeaders()
        headers.set("Content-Type", "application/x-www-form-urlencoded")
        if !cookies.isEmpty { headers.set("Cookie", cookieHeader) }
        let body = fields.map { "\(URLEncodedForm.encode($0.0))=\(URLEncodedForm.encode($0.1))" }.joined(separator: "&")
        let response = await client.execute(
            HTTPRequest(
                method: .post, target: target, headers: headers, body: Array(body.utf8), remoteAddress: remoteAddress))
        remember(response)
        return response
    }

    /// Posts a form found on the page at `page`, with its hidden fields and `fields` added.
    mutating func submitForm(on page: String, to target: String, _ fields: [(String, String)]) async -> HTTPResponse {
        let html = await get(page).text
        return await post(target, Self.hiddenFields(html) + fields)
    }

    private var cookieHeader: String {
        cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
    }

    private mutating func remember(_ response: HTTPResponse) {
        for header in response.headers.values(for: "Set-Cookie") {
            let pair = header.split(separator: ";", maxSplits: 1).first ?? ""
            guard let equals = pair.firstIndex(of: "=") else { continue }
            let name = String(pair[..<equals])
            let value = String(pair[pair.index(after: equals)...])
            if value.isEmpty || header.contains("Max-Age=0") { cookies[name] = nil } else { cookies[name] = value }
        }
    }

    /// The `_csrf` and `_form` fields of the first form on a page.
    static func hiddenFields(_ html: String) -> [(String, String)] {
        var fields: [(String, String)] = []
        for name in ["_csrf", "_form"] {
            if let range = html.range(of: "name=\"\(name)\" value=\"") {
                let rest = html[range.upperBound...]
                if let end = rest.firstIndex(of: "\"") { fields.append((name, String(rest[..<end]))) }
            }
        }
        return fields
    }
}

extension HTTPResponse {
    var text: String { String(decoding: body, as: UTF8.self) }
    var location: String? { headers["Location"] }
}
