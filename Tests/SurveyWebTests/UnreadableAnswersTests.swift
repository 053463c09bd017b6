import HTTPServer
import HTTPServerTesting
import SurveyStore
import Synchronization
import Testing

@testable import SurveyWeb

/// Submitted answers live in the log; when it cannot be read, a respondent is asked to try again and
/// never handed an empty form that a save would turn into a draft without the answers.
@Suite struct UnreadableAnswersTests {
    /// A log reader that fails every read while `failing` is set, as a failing disk would.
    final class FailingReader: PositionalFile {
        let inner: POSIXFile
        let fault: Switch

        init(_ inner: POSIXFile, fault: Switch) {
            self.inner = inner
            self.fault = fault
        }

        func read(count: Int, at offset: Int) throws(FileError) -> [UInt8] {
            if fault.failing.load(ordering: .relaxed) { throw FileError(.read, path: "log.jsonl", code: 5) }
            return try inner.read(count: count, at: offset)
        }
    }

    final class Switch: Sendable {
        let failing = Atomic(false)
    }

    @Test func aRespondentIsAskedToTryAgainNotShownAnEmptyForm() async throws {
        let fault = Switch()
        let site = try TestSite { configuration in
            configuration.logOptions.readerWrapper = { FailingReader($0, fault: fault) }
        }
        var school = site.browser()
        _ = await school.get("/t/\(site.token)")
        _ = await school.submitForm(on: "/s/alle-typen/p/eins", to: "/s/alle-typen/p/eins", RespondentFlowTests.pageOne)
        let review = await school.get("/s/alle-typen/review")
        #expect(await school.post("/s/alle-typen/submit", TestBrowser.hiddenFields(review.text)).status == .seeOther)
        let records = try #require(site.application.responseLog(of: "alle-typen")?.recordCount)

        fault.failing.store(true, ordering: .relaxed)
        let page = await school.get("/s/alle-typen/p/eins")
        #expect(page.status == .serviceUnavailable)
        #expect(page.text.contains("Die gespeicherten Angaben können gerade nicht gelesen werden"))
        #expect(await school.get("/s/alle-typen/done").status == .serviceUnavailable)
        #expect(site.application.responseLog(of: "alle-typen")?.recordCount == records, "nothing was written")

        fault.failing.store(false, ordering: .relaxed)
        let again = await school.get("/s/alle-typen/p/eins")
        #expect(again.status == .ok)
        #expect(again.text.contains("Grundschule &lt;Am Bach&gt;"))
    }
}
