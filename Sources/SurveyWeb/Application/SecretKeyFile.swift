import CryptoPrimitives
import Foundation

/// The server's signing key, kept in the responses folder so grants survive a restart.
enum SecretKeyFile {
    static let fileName = ".server-key"

    /// Reads the key, creating it (readable by the owner only) on first start.
    static func load(folder: String) throws(WebError) -> [UInt8] {
        let path = folder + "/" + fileName
        let manager = FileManager.default
        do {
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw .responsesFolder(path: folder, reason: "it cannot be created")
        }
        if let data = manager.contents(atPath: path) {
            let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            guard let key = Hex.decode(text), key.count == 32 else { throw .damagedKeyFile(path: path) }
            return key
        }
        let key = SecureRandom.bytes(count: 32)
        guard
            manager.createFile(
                atPath: path, contents: Data((Hex.encode(key) + "\n").utf8), attributes: [.posixPermissions: 0o600])
        else { throw .responsesFolder(path: folder, reason: "the key file cannot be written") }
        return key
    }
}
