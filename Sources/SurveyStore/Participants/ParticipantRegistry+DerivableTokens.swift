import CryptoPrimitives

/// Tokens that e-mails can carry: computed from the link key and a seed kept in the participants file.
extension ParticipantRegistry {
    /// Issues a token for `id` that ``currentToken(of:key:surveyID:)`` can compute again; the previous token
    /// stops working and earlier sessions end, as with any reissue.
    public func issueDerivableToken(id: String, key: LinkKey, surveyID: String) throws(StoreError) -> Invitation {
        let seed = SecureRandom.bytes(count: LinkKey.seedByteCount)
        return try issue(id: id) { _ in
            (key.token(surveyID: surveyID, participantID: id, seed: seed), seed)
        }
    }

    /// The current token of `id`, if it was derived and the key still computes it; nil otherwise
    /// (a random token from an import or reissue, or a key that was replaced).
    public func currentToken(of id: String, key: LinkKey, surveyID: String) throws(StoreError) -> AccessToken? {
        guard let participant = try participant(id: id), let seed = participant.tokenSeed else { return nil }
        let token = key.token(surveyID: surveyID, participantID: id, seed: seed)
        return ConstantTime.equals(Array(token.hashHex.utf8), Array(participant.tokenHash.utf8)) ? token : nil
    }
}
