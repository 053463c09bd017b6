import CryptoPrimitives
import Foundation
import SurveyStore

/// The server's signing key, kept in the responses folder so grants survive a restart.
enum SecretKeyFile {
    static let fileName = ".server-key"

    /// Reads the key, creating it (readable by the owner only) on first start.
    static func load(folder: String) throws(WebError) -> [UInt8] {
        let path = folder + "/" + fileName
        do {
            try PrivateFiles.createFolder(folder)
        } catch {
            throw .responsesFolder(path: folder, reason: "it cannot be created")
        }
        if let data = FileManager.default.contents(atPath: path) {
            let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            guard let key = Hex.decode(text), key.count == 32 else { throw .damagedKeyFile(path: path) }
            return key
        }
        let key = SecureRandom.bytes(count: 32)
        do {
            try PrivateFiles.writeNew(Array((Hex.encode(key) + "\n").utf8), to: path)
        } catch {
            throw .responsesFolder(path: folder, reason: "the key file cannot be written")
        }
        return key
    }
}
