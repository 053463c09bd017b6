import Foundation
import Hummingbird

// Same workload as our bench server: a 12 KB HTML page and a urlencoded POST
// whose fields are decoded and counted. Port from the first argument; a file
// named by the second argument is served at /page instead of the 12 KB page
// (`bench/web/run.sh` passes a rendered survey page, to serve the same bytes).
let port = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1]) ?? 8081 : 8081
let row = "<tr><td>Schule am Park</td><td>Grundschule</td><td>WLAN in allen Räumen</td></tr>\n"
var html = "<!doctype html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>Befragung</title></head><body><table>\n"
while html.utf8.count < 12 * 1024 - 30 { html += row }
html += "</table></body></html>\n"
if CommandLine.arguments.count > 2 {
    html = try String(contentsOfFile: CommandLine.arguments[2], encoding: .utf8)
}
let page = ByteBuffer(string: html)

let router = Router()
router.get("/page") { _, _ in
    Response(
        status: .ok,
        headers: [.contentType: "text/html; charset=utf-8"],
        body: .init(byteBuffer: page)
    )
}
router.post("/submit") { request, _ -> Response in
    let body = try await request.body.collect(upTo: 1 << 20)
    let text = String(buffer: body)
    var fields = 0
    for pair in text.split(separator: "&") where pair.contains("=") { fields += 1 }
    return Response(status: .ok, headers: [.contentType: "text/plain"], body: .init(byteBuffer: ByteBuffer(string: "ok \(fields)\n")))
}
let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: port)))
try await app.runService()
