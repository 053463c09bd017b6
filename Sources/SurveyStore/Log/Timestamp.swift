import Glibc
import SurveyModel

/// A UTC instant with millisecond precision, written as `2026-11-27T05:43:12.123Z`.
///
/// Milliseconds keep records from one group commit distinguishable without
/// pretending to a precision the clock does not have.
public struct Timestamp: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Milliseconds since 1970-01-01T00:00:00Z.
    public let millisecondsSince1970: Int64

    /// Creates a timestamp.
    public init(millisecondsSince1970: Int64) {
        self.millisecondsSince1970 = millisecondsSince1970
    }

    /// The moment `seconds` later (earlier when negative).
    public func adding(seconds: Int64) -> Timestamp {
        Timestamp(millisecondsSince1970: millisecondsSince1970 + seconds * 1000)
    }

    /// The current time of the system clock.
    public static func now() -> Timestamp {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Timestamp(millisecondsSince1970: Int64(time.tv_sec) * 1000 + Int64(time.tv_nsec) / 1_000_000)
    }

    /// How precisely a record keeps its time.
    public enum Resolution: Sendable, Hashable {
        /// To the millisecond, for responses that name their participant anyway.
        case millisecond
        /// To the start of the hour, for anonymous responses: a time to the
        /// second could be matched with a web server's access log or a person
        /// seen at a computer, and the hour still tells how a survey went.
        case hour
    }

    /// The instant at the start of its millisecond or hour.
    public func truncated(to resolution: Resolution) -> Timestamp {
        switch resolution {
        case .millisecond: self
        case .hour:
            Timestamp(
                millisecondsSince1970: millisecondsSince1970
                    - positiveRemainder(millisecondsSince1970, 3_600_000))
        }
    }

    /// The UTC day of the instant, in days since 1970 (negative before).
    var daysSince1970: Int {
        Int((millisecondsSince1970 - positiveRemainder(millisecondsSince1970, 86_400_000)) / 86_400_000)
    }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
        lhs.millisecondsSince1970 < rhs.millisecondsSince1970
    }

    /// ISO 8601 in UTC with milliseconds.
    public var description: String {
        let milliseconds = Int(positiveRemainder(millisecondsSince1970, 1000))
        let seconds = (millisecondsSince1970 - Int64(milliseconds)) / 1000
        let secondOfDay = Int(positiveRemainder(seconds, 86_400))
        let (year, month, day) = CalendarDate.civil(daysSince1970: Int((seconds - Int64(secondOfDay)) / 86_400))
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(secondOfDay / 3600, 2)):"
            + "\(pad(secondOfDay / 60 % 60, 2)):\(pad(secondOfDay % 60, 2)).\(pad(milliseconds, 3))Z"
    }

    /// Parses exactly the form ``description`` writes, or returns nil.
    public init?(iso text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 24, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
            bytes[19] == UInt8(ascii: "."), bytes[23] == UInt8(ascii: "Z"),
            let year = Self.number(bytes[0..<4]), let month = Self.number(bytes[5..<7]),
            let day = Self.number(bytes[8..<10]), let hour = Self.number(bytes[11..<13]),
            let minute = Self.number(bytes[14..<16]), let second = Self.number(bytes[17..<19]),
            let millisecond = Self.number(bytes[20..<23]),
            (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 60
        else { return nil }
        let days = Int64(CalendarDate.daysSince1970(year: year, month: month, day: day))
        guard CalendarDate.civil(daysSince1970: Int(days)) == (year, month, day) else { return nil }
        let seconds = days * 86_400 + Int64(hour * 3600 + minute * 60 + second)
        millisecondsSince1970 = seconds * 1000 + Int64(millisecond)
    }

    private static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for digit in digits {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(digit) else { return nil }
            value = value * 10 + Int(digit - UInt8(ascii: "0"))
        }
        return value
    }
}

/// Zero-padded decimal.
private func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}

/// Remainder that is never negative, for instants before 1970.
private func positiveRemainder(_ lhs: Int64, _ rhs: Int64) -> Int64 {
    let remainder = lhs % rhs
    return remainder < 0 ? remainder + rhs : remainder
}
