import Glibc
import InternetMessage
import StrictJSON
import Suggestions
import SurveyModel

extension MailSettings {
    /// The file `survey mail` and `survey serve` read when no `--mail-settings` is given.
    public static let defaultFileName = "mail.json"

    /// The most a settings file may hold. One is a few hundred bytes; a larger file is the wrong one, and is not
    /// read into memory whole.
    public static let maximumFileSize = 64 * 1024

    /// Reads the settings file at `path`.
    ///
    /// - Throws: ``MailSettingsError`` with the file, line and column of the first problem.
    public static func load(path: String) throws(MailSettingsError) -> MailSettings {
        guard let file = fopen(path, "rb") else {
            throw MailSettingsError(file: path, location: nil, problem: .unreadable(errno: errno))
        }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = fread(&buffer, 1, buffer.count, file)
            if count == 0 { break }
            bytes += buffer[..<count]
            guard bytes.count <= maximumFileSize else {
                throw MailSettingsError(file: path, location: nil, problem: .tooLarge(limit: maximumFileSize))
            }
        }
        if ferror(file) != 0 { throw MailSettingsError(file: path, location: nil, problem: .unreadable(errno: EIO)) }
        return try MailSettings(parsing: bytes, file: path)
    }

    /// Parses settings from the bytes of a file named `file` (for messages).
    public init(parsing bytes: [UInt8], file: String) throws(MailSettingsError) {
        let document: JSONDocument
        do {
            document = try JSONDocument(parsing: bytes)
        } catch {
            throw MailSettingsError(
                file: file, location: SourceLocator(bytes).location(ofOffset: error.offset), problem: .syntax(error))
        }
        let reader = SettingsReader(file: file, document: document)
        let root = try reader.object(
            document.root, named: "settings",
            keys: ["from", "replyTo", "office", "contact", "baseURL", "transport", "perMinute"])
        let from = try reader.address(reader.required(root, "from", in: document.root), named: "from")
        let replyTo = try root["replyTo"].map { (value) throws(MailSettingsError) in
            try reader.address(value, named: "replyTo")
        }
        let baseURL = try reader.string(reader.required(root, "baseURL", in: document.root), named: "baseURL")
        guard baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://"), !baseURL.contains(where: \.isWhitespace)
        else {
            throw reader.error(
                at: root["baseURL"],
                .wrongValue(
                    key: "baseURL",
                    expected: (
                        en: "an address starting with https:// or http://",
                        de: "eine Adresse mit https:// oder http:// am Anfang"
                    )))
        }
        var perMinute = MailSettings.defaultPerMinute
        if let value = root["perMinute"] {
            guard let number = value.int, value.isIntegerLiteral, (1...6000).contains(number) else {
                throw reader.error(
                    at: value,
                    .wrongValue(
                        key: "perMinute",
                        expected: (en: "a whole number from 1 to 6000", de: "eine ganze Zahl von 1 bis 6000")))
            }
            perMinute = number
        }
        self.init(
            from: from, replyTo: replyTo,
            office: try reader.text(reader.required(root, "office", in: document.root), named: "office"),
            contact: try reader.text(reader.required(root, "contact", in: document.root), named: "contact"),
            baseURL: baseURL,
            transport: try reader.transport(reader.required(root, "transport", in: document.root)),
            perMinute: perMinute)
    }
}

/// Reads the parts of a settings file, refusing unknown keys and wrong kinds of values.
private struct SettingsReader {
    let file: String
    let document: JSONDocument

    func error(at value: JSONValue?, _ problem: MailSettingsError.Problem) -> MailSettingsError {
        MailSettingsError(file: file, location: value?.location, problem: problem)
    }

    /// The members of an object that has only `keys`.
    func object(_ value: JSONValue, named name: String, keys: [String]) throws(MailSettingsError) -> [String: JSONValue]
    {
        guard let members = value.members else {
            throw error(at: value, .wrongValue(key: name, expected: (en: "an object {…}", de: "ein Objekt {…}")))
        }
        var result: [String: JSONValue] = [:]
        for member in members {
            guard keys.contains(member.key) else {
                throw MailSettingsError(
                    file: file, location: document.location(ofOffset: member.keyOffset),
                    problem: .unknownKey(member.key, suggestion: closestMatch(to: member.key, among: keys)))
            }
            result[member.key] = member.value
        }
        return result
    }

    func required(_ object: [String: JSONValue], _ key: String, in parent: JSONValue) throws(MailSettingsError)
        -> JSONValue
    {
        guard let value = object[key] else { throw error(at: parent, .missingKey(key)) }
        return value
    }

    func string(_ value: JSONValue, named name: String) throws(MailSettingsError) -> String {
        guard let text = value.string, !text.isEmpty else {
            throw error(
                at: value, .wrongValue(key: name, expected: (en: "a non-empty string", de: "ein nicht leerer Text")))
        }
        return text
    }

    /// `"a@b.example"` or `{"address": "a@b.example", "name": "Schulamt"}`.
    func address(_ value: JSONValue, named name: String) throws(MailSettingsError) -> MailAddress {
        let address: String
        var displayName: String?
        if value.string != nil {
            address = try string(value, named: name)
        } else {
            let members = try object(value, named: name, keys: ["address", "name"])
            address = try string(required(members, "address", in: value), named: name + ".address")
            displayName = try members["name"].map { (name) throws(MailSettingsError) in try string(name, named: "name")
            }
        }
        do {
            return try MailAddress(address, displayName: displayName)
        } catch {
            throw self.error(at: value, .invalidAddress(key: name, error))
        }
    }

    /// `"text"` or `{"de": "…", "en": "…"}`; the first language given is the default.
    func text(_ value: JSONValue, named name: String) throws(MailSettingsError) -> LocalizedText {
        if value.string != nil { return LocalizedText(try string(value, named: name)) }
        guard let members = value.members, let first = members.first else {
            throw error(
                at: value,
                .wrongValue(
                    key: name,
                    expected: (en: "a string or {\"de\": …, \"en\": …}", de: "ein Text oder {\"de\": …, \"en\": …}")))
        }
        var translations: [String: String] = [:]
        for member in members { translations[member.key] = try string(member.value, named: name + "." + member.key) }
        return LocalizedText(translations: translations, defaultText: translations[first.key] ?? "")
    }

    /// `{"sendmail": {…}}` or `{"smtp": {…}}`.
    func transport(_ value: JSONValue) throws(MailSettingsError) -> MailTransportSettings {
        let members = try object(value, named: "transport", keys: ["sendmail", "smtp"])
        guard members.count == 1 else {
            throw error(
                at: value,
                .wrongValue(
                    key: "transport",
                    expected: (
                        en: "either {\"sendmail\": …} or {\"smtp\": …}",
                        de: "entweder {\"sendmail\": …} oder {\"smtp\": …}"
                    )))
        }
        if let sendmail = members["sendmail"] {
            let options = try object(sendmail, named: "sendmail", keys: ["path", "arguments"])
            let path = try options["path"].map { (path) throws(MailSettingsError) in try string(path, named: "path") }
            var arguments = ["-t", "-i"]
            if let list = options["arguments"] {
                guard let elements = list.elements else {
                    throw error(
                        at: list,
                        .wrongValue(key: "arguments", expected: (en: "a list of strings", de: "eine Liste von Texten")))
                }
                arguments = []
                for element in elements { arguments.append(try string(element, named: "arguments")) }
            }
            return .sendmail(path: path ?? "/usr/sbin/sendmail", arguments: arguments)
        }
        let smtp = members["smtp"] ?? value
        let options = try object(smtp, named: "smtp", keys: ["host", "port", "helo", "user", "passwordFile"])
        var port = 25
        if let value = options["port"] {
            guard let number = value.int, value.isIntegerLiteral, (1...65535).contains(number) else {
                throw error(
                    at: value,
                    .wrongValue(
                        key: "port",
                        expected: (en: "a port number from 1 to 65535", de: "eine Portnummer von 1 bis 65535")))
            }
            port = number
        }
        let user = try options["user"].map { (user) throws(MailSettingsError) in try string(user, named: "user") }
        let passwordFile = try options["passwordFile"].map { (file) throws(MailSettingsError) in
            try string(file, named: "passwordFile")
        }
        if (user == nil) != (passwordFile == nil) {
            throw error(at: smtp, .missingKey(user == nil ? "user" : "passwordFile"))
        }
        return .smtp(
            host: try string(required(options, "host", in: smtp), named: "host"), port: port,
            helo: try options["helo"].map { (helo) throws(MailSettingsError) in try string(helo, named: "helo") },
            user: user, passwordFile: passwordFile)
    }
}
