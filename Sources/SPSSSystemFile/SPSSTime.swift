/// SPSS counts dates and times in seconds since the start of the Gregorian calendar, 1582-10-14.
public enum SPSSTime {
    /// Days from 1582-10-14 to 1970-01-01.
    static let daysBefore1970: Int64 = 141_428

    /// The SPSS value of a calendar day given in days since 1970-01-01.
    public static func seconds(daysSince1970 days: Int) -> Double {
        Double((Int64(days) + daysBefore1970) * 86_400)
    }

    /// The SPSS value of an instant given in milliseconds since 1970-01-01T00:00:00Z.
    public static func seconds(millisecondsSince1970 milliseconds: Int64) -> Double {
        Double(daysBefore1970 * 86_400) + Double(milliseconds) / 1000
    }
}
