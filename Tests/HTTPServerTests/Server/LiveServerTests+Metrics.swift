import HTTPServer
import HTTPServerTesting
import Testing

extension LiveServerTests {
    @Test func metricsCountAnsweredRequestsByClassAndStatusAndOpenConnections() throws {
        let metrics = ServerMetrics { path in path.hasPrefix("/hello/") ? "greeting" : "other" }
        try withLiveServer(router: liveRouter, configure: { $0.metrics = metrics }) { server in
            do {
                let client = try LiveTestClient(port: server.port)
                #expect(try client.request("GET", "/hello/a").status == 200)
                #expect(try client.request("GET", "/hello/b").status == 200)
                #expect(try client.request("GET", "/missing").status == 404)
                #expect(metrics.openConnections == 1)
                var text = PrometheusText()
                metrics.write(to: &text)
                let lines = text.text.split(separator: "\n").map(String.init)
                #expect(lines.contains("survey_http_requests_total{route=\"greeting\",status=\"200\"} 2"))
                #expect(lines.contains("survey_http_requests_total{route=\"other\",status=\"404\"} 1"))
                #expect(lines.contains("survey_http_request_duration_seconds_count{route=\"greeting\"} 2"))
                #expect(
                    lines.contains("survey_http_request_duration_seconds_bucket{route=\"greeting\",le=\"+Inf\"} 2"))
                #expect(lines.contains("survey_http_open_connections 1"))
            }
            // The client has closed its socket; the loop closes its side once it reads the end
            // (bounded, should it never), and its sweep then finds no connection left.
            for _ in 0..<1000 where server.sweep()?.isEmpty == false {}
            #expect(metrics.openConnections == 0)
        }
    }

    @Test func bytesThatNeverMadeARequestAreCountedAsUnparsed() throws {
        let metrics = ServerMetrics { _ in "other" }
        try withLiveServer(router: liveRouter, configure: { $0.metrics = metrics }) { server in
            let client = try LiveTestClient(port: server.port)
            try client.send("NOT HTTP\r\n\r\n")
            #expect(try client.readResponse().status == 400)
            var text = PrometheusText()
            metrics.write(to: &text)
            #expect(text.text.contains("survey_http_requests_total{route=\"unparsed\",status=\"400\"} 1\n"))
        }
    }
}
