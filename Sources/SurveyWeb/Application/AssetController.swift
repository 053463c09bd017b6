import HTTPServer

/// The stylesheets and the scripts, served from memory with long caching.
struct AssetController: Sendable {
    func register(on router: inout some RouteRegistering) {
        let css = Self.asset(Stylesheet.css, type: "text/css; charset=utf-8")
        let script = Self.asset(FormScript.javascript, type: "text/javascript; charset=utf-8")
        router.get("/assets/form.css") { _ in css }
        router.get("/assets/form.js") { _ in script }
        let designer = Self.asset(DesignerScript.javascript, type: "text/javascript; charset=utf-8")
        router.get(DesignerScript.path) { _ in designer }
        let controls = Self.asset(ReportControlsStylesheet.css, type: "text/css; charset=utf-8")
        router.get(ReportControlsStylesheet.path) { _ in controls }
    }

    private static func asset(_ text: String, type: String) -> HTTPResponse {
        HTTPResponse(
            status: .ok, headers: ["Content-Type": type, "Cache-Control": "public, max-age=3600"],
            body: Array(text.utf8))
    }
}
