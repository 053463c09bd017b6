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

    /// Sets the reserve for the disk that holds `responsesFolder`; crossing it is told through `configuration.warn`.
    static func applyDiskReserve(
        _ arguments: ParsedArguments, responsesFolder: String, to configuration: inout WebApplication.Configuration
    ) {
        let megabytes = arguments[diskReserve] ?? DiskReserve.defaultReserveBytes >> 20
        guard megabytes > 0 else {
            configuration.diskReserve = nil
            return
        }
        let warn = configuration.warn
        configuration.diskReserve = DiskReserve(
            path: responsesFolder, reserveBytes: megabytes << 20,
            crossed: { warn(diskReserveMessage($0, path: responsesFolder, reserveMegabytes: megabytes)) })
    }

    /// The operator's line when writes stop for want of space or start again.
    static func diskReserveMessage(_ reading: DiskReserve.Reading, path: String, reserveMegabytes: Int) -> String {
        switch reading {
        case .low(let space):
            "survey: warning: \(path) has \(space.availableBytes >> 20) MB free, less than the reserve of "
                + "\(reserveMegabytes) MB (--disk-reserve); new drafts and submissions are refused until space is freed"
        case .enough(let space):
            "survey: \(path) has \(space.availableBytes >> 20) MB free again, at least the reserve of "
                + "\(reserveMegabytes) MB; drafts and submissions are accepted again"
        case .unknown(let error):
            "survey: warning: the free space of \(path) cannot be measured (\(StoreError.file(error))); "
                + "drafts and submissions are accepted"
        }
    }
}
