/// The files of one survey's responses folder, `responses/<survey id>/`, named in one place.
///
/// Every command and the web app reach the store's files through this type
/// rather than joining strings, so a file's name is decided once and the
/// folder's layout is read here (and in `docs/response-log.md`), not guessed
/// from call sites.
public struct SurveyFolder: Sendable, Hashable, CustomStringConvertible {
    /// The response log: drafts, submissions and voids.
    public static let logFileName = "log.jsonl"
    /// Held by the one process that writes the log.
    public static let lockFileName = "lock"
    /// Invited participants and their token hashes.
    public static let participantsFileName = "participants.jsonl"
    /// Held briefly around each write of the participants file.
    public static let participantsLockFileName = "participants.lock"
    /// The lengths `survey generate` left the log and participants file at.
    public static let generatedMarkerFileName = "generated.json"
    /// The columnar current-state file derived from the log (a cache, never the truth).
    public static let columnsFileName = "columns.bin"
    /// The send log of invitations and reminders by e-mail.
    public static let mailLogFileName = "mail.jsonl"
    /// Held briefly around each write of the mail log.
    public static let mailLockFileName = "mail.lock"
    /// Held by the process sending a round of mail, for the whole round.
    public static let mailRoundLockFileName = "mail-round.lock"
    /// The subfolder holding synthetic test data, itself a survey folder.
    public static let testDataFolderName = "test"

    /// The folder itself, as given.
    public let path: String

    /// The folder at `path`; a trailing slash is dropped.
    public init(_ path: String) {
        self.path = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
    }

    /// The folder of survey `surveyID` below the responses root (`responses` by default).
    public init(responsesRoot: String, surveyID: String) {
        self.init(SurveyFolder(responsesRoot).file(surveyID))
    }

    /// The path of a file named `name` in the folder.
    public func file(_ name: String) -> String {
        path == "/" ? "/" + name : path + "/" + name
    }

    /// `log.jsonl`.
    public var log: String { file(Self.logFileName) }
    /// `lock`.
    public var lock: String { file(Self.lockFileName) }
    /// `participants.jsonl`.
    public var participants: String { file(Self.participantsFileName) }
    /// `participants.lock`.
    public var participantsLock: String { file(Self.participantsLockFileName) }
    /// `generated.json`.
    public var generatedMarker: String { file(Self.generatedMarkerFileName) }
    /// `columns.bin`: the current responses in columns, derived from the log (docs/columnar-file.md).
    public var columns: String { file(Self.columnsFileName) }
    /// `mail.jsonl`: one line before and one after each message sent (docs/response-log.md).
    public var mailLog: String { file(Self.mailLogFileName) }
    /// `mail.lock`.
    public var mailLock: String { file(Self.mailLockFileName) }
    /// `mail-round.lock`.
    public var mailRoundLock: String { file(Self.mailRoundLockFileName) }
    /// `../.link-key`: the key of the personal links in e-mails, shared by the surveys beside this one.
    public var linkKey: String {
        guard let slash = path.lastIndex(of: "/") else { return LinkKey.fileName }
        return path[..<slash].isEmpty ? "/" + LinkKey.fileName : path[..<slash] + "/" + LinkKey.fileName
    }
    /// `test/`: the survey's synthetic test data, a folder of the same layout.
    public var testData: SurveyFolder { SurveyFolder(file(Self.testDataFolderName)) }

    /// Whether the folder holds a response log yet.
    public var hasLog: Bool { FileSystem.exists(log) }
    /// Whether the folder holds a participants file yet.
    public var hasParticipants: Bool { FileSystem.exists(participants) }

    public var description: String { path }
}
