import Foundation
import Glibc
import HTTPServer
import HTTPServerTesting
import StrictJSON
import SurveyStore
import Synchronization
import Testing

@testable import SurveyWeb

/// `/healthz` and `/metrics` on the admin listener's router.
struct OperatorEndpointsTests {
    /// A site whose logs report to the metrics, with `freeMegabytes` on a disk with a 256 MB reserve
    /// (nil: the disk cannot be measured), and a client of the endpoints over it.
    private static func endpoints(freeMegabytes: Int? = 1_000) throws -> (TestSite, RouterTestClient) {
        let store = StoreMetrics()
        let site = try TestSite { configuration in
            configuration.logOptions.commitObserver = store.observe
            configuration.diskReserve = DiskReserve(
                path: "/srv/responses",
                measure: { path throws(FileError) in
                    guard let freeMegabytes else { throw FileError(.stat, path: path, code: EACCES) }
                    return DiskSpace(availableBytes: freeMegabytes << 20, totalBytes: 4_000 << 20)
                })
        }
        let endpoints = OperatorEndpoints(
            application: site.application, server: ServerMetrics(routeClass: WebApplication.routeClass), store: store)
        return (site, RouterTestClient(router: endpoints.router))
    }

    private static func submit(_ site: TestSite, _ ids: [String]) throws {
        let log = try #require(site.application.responseLog(of: "alle-typen"))
        let version = String(repeating: "ab", count: 32)
        let results = log.appendBatch(
            ids.map { AppendRequest(.submit(answers: ["x": 1]), responseID: $0, definitionVersion: version) }
                + [AppendRequest(.draft(page: nil, answers: [:]), responseID: "entwurf", definitionVersion: version)])
        for result in results { _ = try result.get() }
    }

    @Test func healthyWhenEveryLogIsWritableAndTheDiskHasRoom() async throws {
        let (site, client) = try Self.endpoints()
        let response = try await client.get("/healthz")
        #expect(response.status == .ok)
        #expect(response.text == "ok\n")
        withExtendedLifetime(site) {}
    }

    @Test func aLogFileThatIsGoneMakesTheServerUnhealthy() async throws {
        let (site, client) = try Self.endpoints()
        try FileManager.default.removeItem(atPath: site.responses + "/alle-typen/log.jsonl")
        let response = try await client.get("/healthz")
        #expect(response.status == .serviceUnavailable)
        #expect(
            response.text
                == "unhealthy: alle-typen: \(site.responses)/alle-typen/log.jsonl: cannot be written (No such file or directory)\n"
        )
    }

    @Test func aClosedLogMakesTheServerUnhealthyAndSaysWhich() async throws {
        let (site, client) = try Self.endpoints()
        site.application.close()
        let response = try await client.get("/healthz")
        #expect(response.status == .serviceUnavailable)
        #expect(response.text == "unhealthy: alle-typen: the log is closed\n")
    }

    @Test func aDiskBelowTheReserveMakesTheServerUnhealthy() async throws {
        let (site, client) = try Self.endpoints(freeMegabytes: 10)
        let response = try await client.get("/healthz")
        #expect(response.status == .serviceUnavailable)
        #expect(
            response.text
                == "unhealthy: /srv/responses: 10 MB free, below the reserve of 256 MB (--disk-reserve); "
                + "new drafts and submissions are refused\n")
        withExtendedLifetime(site) {}
    }

    @Test func aDiskThatCannotBeMeasuredMakesTheServerUnhealthy() async throws {
        let (site, client) = try Self.endpoints(freeMegabytes: nil)
        let response = try await client.get("/healthz")
        #expect(response.status == .serviceUnavailable)
        #expect(response.text == "unhealthy: /srv/responses: free disk space cannot be measured (Permission denied)\n")
        withExtendedLifetime(site) {}
    }

    @Test func metricsFollowSubmissionsDraftsAndCommits() async throws {
        let (site, client) = try Self.endpoints()
        let before = try await client.get("/metrics")
        #expect(before.status == .ok)
        #expect(before.headers["Content-Type"] == "text/plain; version=0.0.4; charset=utf-8")
        #expect(before.text.contains("survey_submissions{survey=\"alle-typen\"} 0\n"))
        #expect(before.text.contains("survey_log_fsync_seconds_count 0\n"))
        try Self.submit(site, ["a", "b"])
        let after = try await client.get("/metrics").text
        #expect(after.contains("survey_submissions{survey=\"alle-typen\"} 2\n"))
        #expect(after.contains("survey_drafts{survey=\"alle-typen\"} 1\n"))
        #expect(after.contains("survey_log_fsync_seconds_count 1\n"))
        #expect(after.contains("survey_log_records_per_commit_bucket{le=\"2\"} 0\n"))
        #expect(after.contains("survey_log_records_per_commit_bucket{le=\"4\"} 1\n"))
        #expect(after.contains("survey_log_last_failed_commit_timestamp_seconds 0\n"))
    }

    @Test func aFailedCommitIsCountedWithItsTime() {
        let store = StoreMetrics()
        let time = Timestamp(millisecondsSince1970: 1_800_000_000_500)
        store.observe(CommitReport(log: "responses/x", records: 2, fsyncSeconds: nil, succeeded: false, time: time))
        var text = PrometheusText()
        store.write(to: &text)
        #expect(text.text.contains("survey_log_failed_commits_total 1\n"))
        #expect(text.text.contains("survey_log_last_failed_commit_timestamp_seconds 1800000000.5\n"))
        #expect(text.text.contains("survey_log_records_per_commit_count 0\n"))
    }

    @Test func onlyTheTwoEndpointsAreServed() async throws {
        let (site, client) = try Self.endpoints()
        #expect(try await client.get("/admin").status == .notFound)
        #expect(try await client.get("/").status == .notFound)
        withExtendedLifetime(site) {}
    }

    @Test(arguments: [
        ("/admin", "office"), ("/admin/s/x/report", "office"), ("/s/x/p/eins", "form"), ("/t/abc", "form"),
        ("/t", "form"), ("/share/abc", "share"), ("/assets/form.css", "asset"), ("/", "other"),
        ("/healthz", "other"), ("/tools", "other"), ("/administration", "other"),
    ])
    func pathsFallIntoAFewClasses(path: String, routeClass: String) {
        #expect(WebApplication.routeClass(path) == routeClass)
    }
}
