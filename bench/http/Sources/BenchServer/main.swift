import HTTPServer

// Same workload as the Hummingbird peer: a 12 KB HTML page and a urlencoded
// POST whose fields are decoded and counted. Port from the first argument.
let port = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1]) ?? 8080 : 8080
let row = "<tr><td>Schule am Park</td><td>Grundschule</td><td>WLAN in allen Räumen</td></tr>\n"
var html = "<!doctype html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>Befragung</title></head><body><table>\n"
while html.utf8.count < 12 * 1024 - 30 { html += row }
html += "</table></body></html>\n"
let page = HTTPResponse.html(html)

var router = Router()
router.get("/page") { _ in page }
// The same page through the other two handler shapes, to compare their cost.
router.get("/page-async") { _ async throws -> HTTPResponse in page }
router.get("/page-deferred") { _, responder in responder.respond(page) }
router.post("/submit") { request in
    let fields = try request.formFields()
    return .text("ok \(fields.fields.count)\n")
}
var configuration = ServerConfiguration()
configuration.port = port
configuration.accessLog = .none
// All load comes from 127.0.0.1, and the idle run holds 10,000 connections on
// purpose to measure their memory: lift the per-client limit, and leave room
// above them so that crowding does not close them early.
configuration.maxConnectionsPerClient = Int.max
configuration.maxConnections = 10_100
configuration.crowdedFraction = 1
if CommandLine.arguments.contains("--workers=1") { configuration.workerCount = 1 }
let server = HTTPServer(configuration: configuration, router: router)
do {
    try server.run()
} catch {
    print(error)
}
