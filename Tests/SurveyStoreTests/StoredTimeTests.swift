import StrictJSON
import SurveyStore
import Testing

/// Anonymous records keep only the hour they were written in.
struct StoredTimeTests {
    @Test func hourResolutionStoresTheStartOfTheHour() throws {
        let directory = TemporaryDirectory()
        var options = ResponseLog.Options()
        // 2026-11-27T05:43:12.123Z
        options.clock = { Timestamp(millisecondsSince1970: 1_795_758_192_123) }
        let log = try ResponseLog(directory: directory.path, options: options)
        var anonymous = Requests.submit("r1")
        anonymous.timeResolution = .hour
        #expect(try log.write(anonymous).record.time.description == "2026-11-27T05:00:00.000Z")
        #expect(try log.write(Requests.submit("r2")).record.time.description == "2026-11-27T05:43:12.123Z")
        let line =
            String(decoding: directory.bytes(ResponseLog.logFileName), as: UTF8.self)
            .split(separator: "\n").first ?? ""
        #expect(line.contains("\"time\":\"2026-11-27T05:00:00.000Z\""))
    }

    @Test(arguments: [Int64(0), 3_599_999, -1, -3_600_001])
    func truncationNeverMovesForward(milliseconds: Int64) {
        let hour = Timestamp(millisecondsSince1970: milliseconds).truncated(to: .hour).millisecondsSince1970
        #expect(hour <= milliseconds && milliseconds - hour < 3_600_000 && hour % 3_600_000 == 0)
    }
}
