import Foundation
import HTTPServer
import HTTPServerTesting
import SurveyStore
import Synchronization
import Testing

@testable import SurveyWeb

/// Below the disk reserve, drafts and submissions wait politely and the office is warned; with space again, all works.
@Suite struct DiskReserveRefusalTests {
    /// A disk whose free megabytes the test sets; every request measures it afresh.
    final class Disk: Sendable {
        let freeMegabytes = Mutex(100_000)
        let reserveMegabytes: Int

        init(reserveMegabytes: Int = 256) { self.reserveMegabytes = reserveMegabytes }

        var reserve: DiskReserve {
            DiskReserve(
                path: "/responses", reserveBytes: reserveMegabytes << 20, maximumAge: .zero,
                measure: { _ in
                    DiskSpace(availableBytes: self.freeMegabytes.withLock { $0 } << 20, totalBytes: 4_000 << 20)
                })
        }
    }

    private static let pageOne: [(String, String)] = [
        ("_action", "next"), ("name", "Grundschule Am Bach"), ("anzahl", "12"), ("art", "a"),
    ]

    /// Answers both pages a primary school sees and returns the review page.
    private func reviewReady(_ browser: inout TestBrowser) async throws -> HTTPResponse {
        let one = await browser.submitForm(on: "/s/alle-typen/p/eins", to: "/s/alle-typen/p/eins", Self.pageOne)
        let two = await browser.submitForm(
            on: "/s/alle-typen/p/zwei", to: "/s/alle-typen/p/zwei", [("_action", "next"), ("ja", "true")])
        #expect(one.status == .seeOther && two.location == "/s/alle-typen/review")
        return await browser.get("/s/alle-typen/review")
    }

    private func site(_ disk: Disk) throws -> TestSite {
        let reserve = disk.reserve
        return try TestSite { $0.diskReserve = reserve }
    }

    @Test func aDraftBelowTheReserveIsRefusedWithTheFormBackAndSavedOnceSpaceIsFree() async throws {
        let disk = Disk()
        let site = try site(disk)
        var browser = await site.school()
        disk.freeMegabytes.withLock { $0 = 255 }
        let refused = await browser.submitForm(on: "/s/alle-typen/p/eins", to: "/s/alle-typen/p/eins", Self.pageOne)
        #expect(refused.status == .serviceUnavailable)
        #expect(refused.headers["Retry-After"] == "120")
        #expect(refused.text.contains("Bitte versuchen Sie es später noch einmal."))
        #expect(refused.text.contains("value=\"Grundschule Am Bach\""))
        let log = try #require(site.application.responseLog(of: "alle-typen"))
        #expect(log.view.drafts.isEmpty)
        disk.freeMegabytes.withLock { $0 = 256 }
        let saved = await browser.submitForm(on: "/s/alle-typen/p/eins", to: "/s/alle-typen/p/eins", Self.pageOne)
        #expect(saved.status == .seeOther)
        #expect(log.view.drafts.count == 1)
    }

    @Test func aSubmissionBelowTheReserveIsRefusedAndGoesThroughOnceSpaceIsFree() async throws {
        let disk = Disk()
        let site = try site(disk)
        var browser = await site.school()
        let review = try await reviewReady(&browser)
        let hidden = TestBrowser.hiddenFields(review.text)
        disk.freeMegabytes.withLock { $0 = 0 }
        let refused = await browser.post("/s/alle-typen/submit", hidden)
        #expect(refused.status == .serviceUnavailable)
        #expect(refused.headers["Retry-After"] == "120")
        #expect(refused.text.contains("<h1>Bitte versuchen Sie es später noch einmal</h1>"))
        #expect(refused.text.contains("href=\"/s/alle-typen/review\""))
        let log = try #require(site.application.responseLog(of: "alle-typen"))
        #expect(log.view.submitted.isEmpty)
        #expect(log.view.drafts.count == 1)
        disk.freeMegabytes.withLock { $0 = 300 }
        let accepted = await browser.post("/s/alle-typen/submit", hidden)
        #expect(accepted.location == "/s/alle-typen/done")
        #expect(log.view.submitted.count == 1)
    }

    @Test func aRefusedSubmissionSpeaksEnglishWhenAsked() async throws {
        let disk = Disk()
        let site = try site(disk)
        var browser = await site.school()
        _ = await browser.get("/s/alle-typen?lang=en")
        let review = try await reviewReady(&browser)
        disk.freeMegabytes.withLock { $0 = 10 }
        let refused = await browser.post("/s/alle-typen/submit", TestBrowser.hiddenFields(review.text))
        #expect(refused.status == .serviceUnavailable)
        #expect(refused.text.contains("<h1>Please try again later</h1>"))
        #expect(refused.text.contains("short of storage space"))
    }

    @Test func theOfficeOverviewWarnsOnlyBelowTheReserve() async throws {
        let disk = Disk(reserveMegabytes: 20_480)
        let site = try site(disk)
        var office = try await site.office()
        #expect(!(await office.get("/admin")).text.contains("Reserve"))
        disk.freeMegabytes.withLock { $0 = 1_234 }
        let german = await office.get("/admin")
        #expect(german.status == .ok)
        #expect(german.text.contains("nur noch 1.234 MB frei, weniger als die Reserve von 20.480 MB"))
        let english = await office.get("/admin?lang=en")
        #expect(
            english.text.contains("Only 1,234 MB are free on the responses’ disk, less than the reserve of 20,480 MB"))
    }
}
