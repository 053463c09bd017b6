import CSystem
import Glibc

/// IMF-fixdate formatting (RFC 9110 §5.6.7) and the access log's date.
enum HTTPDate {
    private static let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `Sun, 06 Nov 1994 08:49:37 GMT` for seconds since the epoch.
    static func imfFixdate(_ seconds: Int) -> String {
        let parts = brokenDown(seconds)
        return "\(days[Int(parts.tm_wday) % 7]), \(two(parts.tm_mday)) \(months[Int(parts.tm_mon) % 12]) "
            + "\(parts.tm_year + 1900) \(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec)) GMT"
    }

    /// `10/Oct/2000:13:55:36 +0000`, the Common Log Format date.
    static func commonLogFormat(_ seconds: Int) -> String {
        let parts = brokenDown(seconds)
        return "\(two(parts.tm_mday))/\(months[Int(parts.tm_mon) % 12])/\(parts.tm_year + 1900):"
            + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec)) +0000"
    }

    /// Parses an IMF-fixdate back to seconds since the epoch; other forms give nil.
    static func parse(_ text: String) -> Int? {
        let fields = text.split(separator: " ")
        // The numbers come from a client's header: out of range, they would trap in the conversions below.
        guard fields.count == 6, fields[5] == "GMT", let day = Int(fields[1]), (1...31).contains(day),
            let month = months.firstIndex(of: String(fields[2])), let year = Int(fields[3]),
            (1900...9999).contains(year)
        else { return nil }
        let time = fields[4].split(separator: ":").compactMap { Int($0) }
        guard time.count == 3, (0...23).contains(time[0]), (0...59).contains(time[1]), (0...60).contains(time[2])
        else { return nil }
        var parts = tm()
        parts.tm_year = Int32(year - 1900)
        parts.tm_mon = Int32(month)
        parts.tm_mday = Int32(day)
        parts.tm_hour = Int32(time[0])
        parts.tm_min = Int32(time[1])
        parts.tm_sec = Int32(time[2])
        return Int(timegm(&parts))
    }

    /// Seconds since the epoch on the wall clock.
    static func now() -> Int {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        return spec.tv_sec
    }

    private static func brokenDown(_ seconds: Int) -> tm {
        var time = time_t(seconds)
        var parts = tm()
        gmtime_r(&time, &parts)
        return parts
    }

    private static func two(_ value: Int32) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
