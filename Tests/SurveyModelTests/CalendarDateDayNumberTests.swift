import Testing

@testable import SurveyModel

@Suite struct CalendarDateDayNumberTests {
    @Test(arguments: [
        ("1970-01-01", 0), ("1969-12-31", -1), ("2000-02-29", 11_016), ("2024-03-01", 19_783),
        ("0001-01-01", -719_162), ("9999-12-31", 2_932_896),
    ])
    func knownDays(_ iso: String, _ days: Int) throws {
        let date = try #require(CalendarDate(iso: iso))
        #expect(date.daysSince1970 == days)
        #expect(CalendarDate(daysSince1970: days) == date)
    }

    @Test func everyDayOfFourCenturiesRoundTrips() throws {
        let first = try #require(CalendarDate(iso: "1900-01-01"))
        let last = try #require(CalendarDate(iso: "2300-12-31"))
        var previous: CalendarDate?
        for days in first.daysSince1970...last.daysSince1970 {
            guard let date = CalendarDate(daysSince1970: days) else {
                Issue.record("no date for day \(days)")
                return
            }
            #expect(date.daysSince1970 == days)
            if let previous { #expect(previous < date) }
            previous = date
        }
    }

    @Test func refusesDaysOutsideTheYearsOneTo9999() {
        #expect(CalendarDate(daysSince1970: -719_163) == nil)
        #expect(CalendarDate(daysSince1970: 2_932_897) == nil)
    }
}
