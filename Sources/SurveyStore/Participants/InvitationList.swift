import CSVCodec
import CryptoPrimitives

/// The invitation file: one row per participant with the personal link, printed once.
public enum InvitationList {
    /// The header of the invitation file.
    public static let header = ["id", "label", "email", "token", "link"]

    /// Builds the CSV bytes for `invitations`.
    ///
    /// - Parameters:
    ///   - link: Turns a token into the participant's personal address.
    ///   - writer: ``CSVWriter/excel`` for a file that German Excel opens directly.
    public static func csv(
        _ invitations: [ParticipantRegistry.Invitation], link: (AccessToken) -> String, writer: CSVWriter
    ) -> [UInt8] {
        writer.write(
            header: header,
            rows: invitations.map { invitation in
                let participant = invitation.participant
                return [
                    participant.id, participant.label, participant.email ?? "", invitation.token.description,
                    link(invitation.token),
                ].map(CSVCell.text)
            })
    }
}
