import HTTPServer
import Testing

/// A browser stand-in: keeps cookies, sends forms, and reads the hidden fields
/// a page's form carries, over any `TestClient`.
///
/// Its requests never throw: a request that got no response is recorded as an
/// issue at the caller's line and answers with `noResponse`, so scenarios stay
/// plain sequences of `await browser.get(…)`.
public struct TestBrowser {
    /// The status of the stand-in answer to a request that got none: a code no
    /// server sends, so no expectation on a real status can pass by accident.
    public static let noResponse = HTTPStatus(code: 999, reasonPhrase: "No Response")

    /// The client every request goes through.
    public let client: any TestClient
    /// The cookies the server has set and not yet cleared, by name.
    public var cookies: [String: String] = [:]
    /// The address requests come from; in live mode it must be in 127.0.0.0/8.
    public var remoteAddress = "127.0.0.1"
    /// The hidden fields that `submitForm` copies from the page into the post
    /// (form tokens and the like).
    public let carriedFields: [String]

    /// Creates a browser without cookies.
    /// - Parameter carriedFields: the hidden fields `submitForm` sends back.
    public init(client: any TestClient, carriedFields: [String] = []) {
        self.client = client
        self.carriedFields = carriedFields
    }

    /// Sends a GET with the cookies, and remembers the cookies of the answer.
    public mutating func get(
        _ target: String, sourceLocation: SourceLocation = #_sourceLocation
    ) async -> HTTPResponse {
        let request = HTTPRequest(method: .get, target: target, remoteAddress: remoteAddress)
        return await send(request, sourceLocation: sourceLocation)
    }

    /// Posts `fields` as a urlencoded form with the cookies.
    public mutating func post(
        _ target: String, _ fields: [(String, String)], sourceLocation: SourceLocation = #_sourceLocation
    ) async -> HTTPResponse {
        await send(.form(target, fields, remoteAddress: remoteAddress), sourceLocation: sourceLocation)
    }

    /// Posts `fields` and one file as `multipart/form-data` with the cookies.
    public mutating func post(
        _ target: String, _ fields: [(String, String)], file: (field: String, filename: String, content: [UInt8]),
        sourceLocation: SourceLocation = #_sourceLocation
    ) async -> HTTPResponse {
        await send(
            .multipart(target, fields, file: file, remoteAddress: remoteAddress), sourceLocation: sourceLocation)
    }

    /// Loads `page` and posts its carried hidden fields plus `fields` to `target`.
    public mutating func submitForm(
        on page: String, to target: String, _ fields: [(String, String)],
        sourceLocation: SourceLocation = #_sourceLocation
    ) async -> HTTPResponse {
        let html = await get(page, sourceLocation: sourceLocation).text
        return await post(
            target, Self.hiddenFields(named: carriedFields, in: html) + fields, sourceLocation: sourceLocation)
    }

    /// The values of the form fields called `names`, each from its first
    /// occurrence in `html`, in the order of `names`; missing ones are left out.
    public static func hiddenFields(named names: [String], in html: String) -> [(String, String)] {
        var fields: [(String, String)] = []
        for name in names {
            if let range = html.firstRange(of: "name=\"\(name)\" value=\"") {
                let rest = html[range.upperBound...]
                if let end = rest.firstIndex(of: "\"") { fields.append((name, String(rest[..<end]))) }
            }
        }
        return fields
    }

    private mutating func send(_ request: HTTPRequest, sourceLocation: SourceLocation) async -> HTTPResponse {
        var request = request
        if !cookies.isEmpty { request.headers.set("Cookie", cookieHeader) }
        do {
            let response = try await client.execute(request)
            remember(response)
            return response
        } catch {
            Issue.record(error, "\(request.method) \(request.path) got no response", sourceLocation: sourceLocation)
            return HTTPResponse(status: Self.noResponse)
        }
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
}
