import ArgumentParsing
import SurveyStore
import SurveyWeb

/// The option of `survey serve` that keeps free space back on the responses' disk.
extension ServeCommand {
    static let diskReserve = CommandOption<Int?>(
        "disk-reserve", value: "megabytes", in: 0...1_000_000,
        help: """
            Megabytes that must stay free on the disk of the responses folder; below it, new drafts and \
            submissions are answered 503 "please try again later" and the office overview warns; 0 turns \
            the check off (default: 256).
            """)

    /// Sets the reserve for the disk that holds `responsesFolder`.
    static func applyDiskReserve(
        _ arguments: ParsedArguments, responsesFolder: String, to configuration: inout WebApplication.Configuration
    ) {
        let megabytes = arguments[diskReserve] ?? DiskReserve.defaultReserveBytes >> 20
        configuration.diskReserve =
            megabytes == 0 ? nil : DiskReserve(path: responsesFolder, reserveBytes: megabytes << 20)
    }

    /// A warning for the operator when the server starts below the reserve, so the first refusal is no surprise.
    static func diskReserveNote(_ reserve: DiskReserve?) -> String? {
        guard let reserve, case .low(let space) = reserve.reading() else { return nil }
        return "survey: warning: \(reserve.path) has \(space.availableBytes >> 20) MB free, less than the reserve "
            + "of \(reserve.reserveBytes >> 20) MB (--disk-reserve); new drafts and submissions are refused "
            + "until space is freed"
    }
}
