import HTTPServer
import HTTPServerTesting
import Testing

/// The two test modes answer alike where they should, and the live one really goes over the wire.
@Suite struct TestClientTests {
    static let router: Router = {
        var router = Router()
        router.get("/who") { request in .text(request.remoteAddress) }
        router.post("/form") { request in
            .text(try request.formFields().map { "\($0.name)=\($0.value)" }.joined(separator: "&"))
        }
        router.get("/cookies") { request in
            var response = HTTPResponse.text(request.headers["Cookie"] ?? "")
            response.setCookie(SetCookie(name: "a", value: "1"))
            response.setCookie(SetCookie(name: "b", value: "2"))
            return response
        }
        router.get("/forget") { _ in
            var response = HTTPResponse.redirect(to: "/cookies")
            response.setCookie(SetCookie(name: "a", value: "", maxAge: 0))
            return response
        }
        return router
    }()

    @Test(arguments: TestMode.allCases)
    func bothModesRouteAndDecodeForms(mode: TestMode) async throws {
        let client = try mode.client(for: Self.router)
        #expect(client.mode == mode)
        let response = try await client.post("/form", form: [("name", "Grundschule <Am Bach> & Co"), ("ü", "a+b")])
        #expect(response.status == .ok)
        #expect(response.text == "name=Grundschule <Am Bach> & Co&ü=a+b")
        #expect(try await client.get("/nowhere").status == .notFound)
    }

    @Test func onlyTheLiveModeGoesThroughTheServer() async throws {
        let live = try await TestMode.live.client(for: Self.router).get("/who")
        let routed = try await TestMode.router.client(for: Self.router).get("/who")
        #expect(live.headers["Date"]?.hasSuffix(" GMT") == true)
        #expect(live.headers["Content-Length"] == "9")
        #expect(routed.headers["Date"] == nil)
        #expect(live.text == routed.text)
    }

    @Test(arguments: TestMode.allCases)
    func requestsComeFromTheirRemoteAddress(mode: TestMode) async throws {
        let client = try mode.client(for: Self.router)
        let response = try await client.execute(HTTPRequest(method: .get, target: "/who", remoteAddress: "127.0.0.2"))
        #expect(response.text == "127.0.0.2")
    }

    @Test func theLiveModeRefusesWhatNoSocketCanSay() async throws {
        let client = try TestMode.live.client(for: Self.router)
        for address in ["192.0.2.7", "127.example", "::1"] {
            await #expect(throws: TestClientError.remoteAddressNotOnLoopback(address)) {
                try await client.execute(HTTPRequest(method: .get, target: "/who", remoteAddress: address))
            }
        }
        await #expect(throws: TestClientError.connectionPropertiesNotOnTheWire) {
            try await client.execute(HTTPRequest(method: .get, target: "/who", isSecure: true))
        }
        await #expect(throws: TestClientError.connectionPropertiesNotOnTheWire) {
            try await client.execute(
                HTTPRequest(method: .get, target: "/who", remoteAddress: "127.0.0.3", peerAddress: "127.0.0.1"))
        }
    }

    @Test func theLiveServerStopsWithItsLastClient() throws {
        var client: LoopbackTestClient? = try #require(TestMode.live.client(for: Self.router) as? LoopbackTestClient)
        let port = try #require(client?.port)
        #expect(throws: Never.self) { try LiveTestClient(port: port) }
        client = nil
        #expect(throws: LiveTestClient.Failure.self) { try LiveTestClient(port: port) }
    }

    @Test(arguments: TestMode.allCases)
    func theBrowserKeepsAndForgetsCookies(mode: TestMode) async throws {
        var browser = TestBrowser(client: try mode.client(for: Self.router))
        #expect(await browser.get("/cookies").text == "")
        #expect(browser.cookies == ["a": "1", "b": "2"])
        #expect(await browser.get("/cookies").text == "a=1; b=2")
        #expect(await browser.get("/forget").location == "/cookies")
        #expect(browser.cookies == ["b": "2"])
    }

    @Test func theBrowserSubmitsTheCarriedHiddenFields() async throws {
        var router = Router()
        router.get("/page") { _ in
            .html(#"<form><input type="hidden" name="_token" value="t1"><input name="x" value="no"></form>"#)
        }
        router.post("/page") { request in .text(String(decoding: request.body, as: UTF8.self)) }
        var browser = TestBrowser(client: RouterTestClient(router: router), carriedFields: ["_token", "absent"])
        #expect(await browser.submitForm(on: "/page", to: "/page", [("x", "1")]).text == "_token=t1&x=1")
    }

    @Test func aBrowserRequestWithoutAnswerIsRecordedAtTheCaller() async throws {
        var browser = TestBrowser(client: try TestMode.live.client(for: Self.router))
        browser.remoteAddress = "192.0.2.7"
        await withKnownIssue {
            #expect(await browser.get("/who").status == TestBrowser.noResponse)
        }
    }
}
