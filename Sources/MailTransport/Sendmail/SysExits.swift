/// The exit statuses of `<sysexits.h>`, which sendmail programs (postfix, exim, msmtp) use to say
/// why a message was not accepted.
enum SysExits {
    /// EX_TEMPFAIL: "temporary failure; user is invited to retry".
    static let temporaryFailure: Int32 = 75

    /// The error kind for a sendmail exit status other than 0.
    ///
    /// Only EX_TEMPFAIL promises that trying again can help. Statuses that describe the local
    /// installation (wrong arguments, missing files, no permission, bad configuration) stop a
    /// round, since every further message would fail alike; so does EX_NOHOST, which a queueing
    /// mail system never returns for a recipient's domain and msmtp returns when its relay host
    /// is not found. The rest concern this message.
    static func kind(of status: Int32) -> MailTransportError.Kind {
        switch status {
        case temporaryFailure: .temporary
        // EX_USAGE, EX_NOHOST, EX_OSFILE, EX_CANTCREAT, EX_NOPERM, EX_CONFIG
        case 64, 68, 72, 73, 77, 78: .configuration
        default: .permanent
        }
    }

    /// The constant's name for a status from 64 to 78, e.g. "EX_NOUSER".
    static func name(_ status: Int32) -> String? {
        let names = [
            "EX_USAGE", "EX_DATAERR", "EX_NOINPUT", "EX_NOUSER", "EX_NOHOST", "EX_UNAVAILABLE", "EX_SOFTWARE",
            "EX_OSERR", "EX_OSFILE", "EX_CANTCREAT", "EX_IOERR", "EX_TEMPFAIL", "EX_PROTOCOL", "EX_NOPERM", "EX_CONFIG",
        ]
        guard (64...78).contains(status) else { return nil }
        return names[Int(status) - 64]
    }
}
