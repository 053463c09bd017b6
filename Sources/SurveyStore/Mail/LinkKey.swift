import CryptoPrimitives
import Glibc

/// The secret from which personal links in e-mails are computed: `responses/.link-key`.
///
/// Tokens are stored only as hashes, yet a reminder must carry the same link as
/// the invitation. So mail tokens are derived:
/// `HMAC-SHA256(key, survey id ‖ 0 ‖ participant id ‖ 0 ‖ seed)`, with a random
/// seed kept in the participant's `token` record. Whoever can read the key and
/// the participants file can compute the links; the key is therefore a private
/// file (0600) of 32 random bytes in hex, created on first use and shared by all
/// surveys below the responses folder.
public struct LinkKey: Sendable {
    /// Name of the key file in the responses folder.
    public static let fileName = ".link-key"
    /// Bytes of key material.
    public static let byteCount = 32
    /// Bytes of a participant's seed.
    public static let seedByteCount = 16

    private let key: HMACSHA256

    /// A key from its bytes (tests; the file is the normal source).
    public init(bytes: [UInt8]) {
        key = HMACSHA256(key: bytes)
    }

    /// Reads the key at `path`, creating it with fresh random bytes if there is none.
    ///
    /// - Throws: ``StoreError/file(_:)`` if it cannot be read or written, or
    ///   ``StoreError/damagedLine(file:line:reason:)`` if the file is not 64 hex digits.
    public static func loadOrCreate(at path: String) throws(StoreError) -> LinkKey {
        if !FileSystem.exists(path) {
            let text = Hex.encode(SecureRandom.bytes(count: byteCount)) + "\n"
            do {
                try PrivateFiles.writeNew(Array(text.utf8), to: path)
            } catch  where error.code == EEXIST {
                // Another process created it meanwhile; read theirs below.
            } catch {
                throw .file(error)
            }
        }
        let bytes: [UInt8]
        do {
            bytes = try POSIXFile(path: path, flags: O_RDONLY | O_CLOEXEC).readToEnd(from: 0)
        } catch {
            throw .file(error)
        }
        let text = String(decoding: bytes, as: UTF8.self).trimmingNewline
        guard let key = Hex.decode(text), key.count == byteCount else {
            throw .damagedLine(file: path, line: 1, reason: "expected \(byteCount * 2) hexadecimal digits")
        }
        return LinkKey(bytes: key)
    }

    /// The token of participant `participantID` of survey `surveyID` with `seed`.
    public func token(surveyID: String, participantID: String, seed: [UInt8]) -> AccessToken {
        var message = Array(surveyID.utf8)
        message.append(0)
        message.append(contentsOf: participantID.utf8)
        message.append(0)
        message.append(contentsOf: seed)
        guard let token = AccessToken(derivedFrom: key.authenticationCode(for: message)) else {
            preconditionFailure("an HMAC-SHA256 code has 32 bytes, more than a token needs")
        }
        return token
    }
}

extension String {
    /// The text without one trailing newline.
    fileprivate var trimmingNewline: String { hasSuffix("\n") ? String(dropLast()) : self }
}
