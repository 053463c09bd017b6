import ArgumentParsing
import Glibc
import SurveyStore
import SurveyWeb
import Testing

@testable import SurveyCLI

/// `survey serve --disk-reserve` reaches the application, and the operator is told when writes stop and start.
@Suite struct ServeDiskReserveTests {
    private func configuration(_ options: String...) throws -> WebApplication.Configuration {
        var configuration = WebApplication.Configuration(surveysFolder: "s", responsesFolder: "r")
        guard case .run(let parsed) = try ArgumentParser.parse(["serve"] + options, root: SurveyCommandLine.root.spec)
        else {
            Issue.record("serve \(options) did not parse")
            return configuration
        }
        ServeCommand.applyDiskReserve(parsed, responsesFolder: "/srv/responses", to: &configuration)
        return configuration
    }

    @Test func theDefaultKeeps256MegabytesFreeOnTheResponsesDisk() throws {
        let reserve = try #require(try configuration().diskReserve)
        #expect(reserve.path == "/srv/responses")
        #expect(reserve.reserveBytes == 256 << 20)
    }

    @Test func theOptionSetsTheReserveAndZeroTurnsItOff() throws {
        #expect(try configuration("--disk-reserve", "1024").diskReserve?.reserveBytes == 1024 << 20)
        #expect(try configuration("--disk-reserve", "0").diskReserve == nil)
        #expect(throws: (any Error).self) { try configuration("--disk-reserve", "-1") }
    }

    @Test func theOperatorIsToldWhenWritesStopAndStartAgain() {
        let low = ServeCommand.diskReserveMessage(
            .low(DiskSpace(availableBytes: 100 << 20, totalBytes: 1 << 30)), path: "/srv/responses",
            reserveMegabytes: 256)
        #expect(
            low == "survey: warning: /srv/responses has 100 MB free, less than the reserve of 256 MB "
                + "(--disk-reserve); new drafts and submissions are refused until space is freed")
        let enough = ServeCommand.diskReserveMessage(
            .enough(DiskSpace(availableBytes: 300 << 20, totalBytes: 1 << 30)), path: "/srv/responses",
            reserveMegabytes: 256)
        #expect(enough.contains("has 300 MB free again") && enough.contains("accepted again"))
        let unknown = ServeCommand.diskReserveMessage(
            .unknown(FileError(.stat, path: "/srv/responses", code: ENOENT)), path: "/srv/responses",
            reserveMegabytes: 256)
        #expect(unknown.contains("cannot be measured (/srv/responses: stat failed: No such file or directory)"))
    }
}
