import Foundation
import ParquetFile
import TestSupport
import Testing

/// The Parquet writer's edge cases, read back by DuckDB and pyarrow: all-null columns, awkward
/// UTF-8, pages far beyond 64 KiB and several row groups.
struct ParquetWriterReaderTests {
    static let awkward: [String?] = [
        "", "ü", "e\u{301}", "😀👩‍👩‍👧", "\u{FEFF}BOM", "\u{2028}\u{2029}", "שלום", "\"'\\\n\r\t", "\u{1}\u{7F}", nil,
        String(repeating: "ẞ", count: 40_000),
    ]

    /// Columns with no value at all, a dictionary of one entry and texts that trouble encoders.
    @Test(.requires(.duckDB), .requires(.pyArrow), arguments: ParquetReaders.Reader.allCases)
    func nullsAndAwkwardTexts(reader: ParquetReaders.Reader) throws {
        let rows = Self.awkward.count
        let columns = [
            ParquetColumn(name: "texts", values: .string(Self.awkward, dictionary: false)),
            ParquetColumn(name: "dictionary", values: .string(Self.awkward, dictionary: true)),
            ParquetColumn(name: "one code", values: .string(Array(repeating: "x", count: rows), dictionary: true)),
            ParquetColumn(name: "no text", values: .string(Array(repeating: nil, count: rows), dictionary: true)),
            ParquetColumn(name: "no number", values: .double(Array(repeating: nil, count: rows))),
            ParquetColumn(name: "zeros", values: .double([0, -0.0, 0, -0.0, 0, -0.0, 0, -0.0, 0, nil, 0])),
            ParquetColumn(name: "no date", values: .date(Array(repeating: nil, count: rows))),
            ParquetColumn(name: "no time", values: .timestampMillisecondsUTC(Array(repeating: nil, count: rows))),
        ]
        let bytes = try ParquetWriter(createdBy: "tests").write(columns)
        let contents = try #require(try ParquetReaders.read(bytes, with: reader))
        for index in 0..<2 {
            // Bytes, not Strings: Swift's String equality would hide a reader's Unicode normalisation.
            #expect(
                contents.columns[index].map { ($0 as? String).map { Array($0.utf8) } }
                    == Self.awkward.map { $0.map { Array($0.utf8) } }, "\(columns[index].name)")
        }
        #expect(contents.columns[2].map { $0 as? String } == Array(repeating: "x", count: rows))
        // A dictionary keyed by equality would turn -0 into 0.
        #expect(
            contents.columns[5].map { ($0 as? NSNumber)?.doubleValue.sign }
                == [.plus, .minus, .plus, .minus, .plus, .minus, .plus, .minus, .plus, nil, .plus])
        for column in [3, 4, 6, 7].map({ contents.columns[$0] }) {
            #expect(column.count == rows && column.allSatisfy { $0 is NSNull })
        }
    }

    /// 100,000 rows in row groups of 30,000: pages of several hundred KiB, every value read back.
    @Test(.requires(.duckDB), .requires(.pyArrow), arguments: ParquetReaders.Reader.allCases)
    func hundredThousandRows(reader: ParquetReaders.Reader) throws {
        let rows = 0..<100_000
        let numbers: [Double?] = rows.map { $0 % 7 == 0 ? nil : Double($0) / 8 - 5_000 }
        let codes: [String?] = rows.map { $0 % 5 == 0 ? nil : "code-\($0 % 300)" }
        let texts: [String?] = rows.map { $0 % 3 == 0 ? nil : "Antwort \($0) – „ö“" }
        let dates: [Int32?] = rows.map { $0 % 11 == 0 ? nil : Int32($0 % 40_000 - 10_000) }
        let times: [Int64?] = rows.map { Int64($0) * 86_399_999 - 1_000_000_000_000 }
        let points: [Double?] = rows.map { $0 % 13 == 0 ? nil : Double($0 % 5 + 1) }
        let bytes = try ParquetWriter(createdBy: "tests", rowsPerGroup: 30_000).write([
            ParquetColumn(name: "number", values: .double(numbers)),
            ParquetColumn(name: "code", values: .string(codes, dictionary: true)),
            ParquetColumn(name: "text", values: .string(texts, dictionary: false)),
            ParquetColumn(name: "date", values: .date(dates)),
            ParquetColumn(name: "time", values: .timestampMillisecondsUTC(times)),
            ParquetColumn(name: "point", values: .double(points)),
        ])
        let contents = try #require(try ParquetReaders.read(bytes, with: reader))
        #expect(contents.rowGroups == 4)
        #expect(contents.columns[0].map { ($0 as? NSNumber)?.doubleValue } == numbers)
        #expect(contents.columns[1].map { $0 as? String } == codes)
        #expect(contents.columns[2].map { $0 as? String } == texts)
        #expect(contents.columns[3].map { $0 as? String } == dates.map { $0.map(Self.isoDate) })
        #expect(contents.columns[4].map { ($0 as? NSNumber)?.int64Value } == times)
        #expect(contents.columns[5].map { ($0 as? NSNumber)?.doubleValue } == points)
        if reader == .pyArrow {
            #expect(contents.encodings[0] == ["PLAIN", "RLE"])
            #expect(contents.encodings[5].contains("RLE_DICTIONARY"))
            // The first row group's statistics: exact bounds of numbers, dates and times, none for texts.
            let first = 0..<30_000
            let bounds = contents.bounds.map { $0 as? [Any] }
            #expect(bounds[0]?.compactMap { ($0 as? NSNumber)?.doubleValue } == Self.bounds(numbers[first]))
            #expect(bounds[1] == nil && bounds[2] == nil)
            #expect(bounds[3]?.compactMap { $0 as? String } == Self.bounds(dates[first])?.map(Self.isoDate))
            #expect(bounds[4]?.compactMap { ($0 as? NSNumber)?.int64Value } == Self.bounds(times[first]))
        }
    }

    /// Columns of different lengths are refused, not written as a broken file.
    @Test func unevenColumnsAreRefused() {
        #expect(throws: ParquetError.columnLengthsDiffer(column: "b", rows: 1, expected: 2)) {
            try ParquetWriter(createdBy: "tests").write([
                ParquetColumn(name: "a", values: .double([1, 2])), ParquetColumn(name: "b", values: .double([1])),
            ])
        }
    }

    static func bounds<Value: Comparable>(_ values: ArraySlice<Value?>) -> [Value]? {
        let present = values.compactMap { $0 }
        guard let minimum = present.min(), let maximum = present.max() else { return nil }
        return [minimum, maximum]
    }

    /// `YYYY-MM-DD` of a day number, by the proleptic Gregorian calendar both readers use.
    static func isoDate(_ days: Int32) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        let date = Date(timeIntervalSince1970: Double(days) * 86_400)
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }
}
