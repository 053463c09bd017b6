import ArgumentParsing
import SurveyModel

/// `survey mail invite|remind <survey>`: invitations and reminders by e-mail (docs/mail.md).
enum MailCommand {
    static let node = CommandNode(
        group: "mail", abstract: "Send invitations and reminders by e-mail, safely repeatable.",
        [
            CommandNode(
                CommandSpec(
                    name: "invite",
                    abstract: "Invite every participant with an e-mail address who has not been invited yet.",
                    discussion: """
                        Each invitation carries a personal link; a code handed out earlier stops working. A second \
                        run never invites anyone twice. See docs/mail.md.
                        """,
                    arguments: [SurveyReference.survey.spec],
                    options: commonOptions),
                run: { MailRoundCommand.run(.invitation, $0, console: $1) }),
            CommandNode(
                CommandSpec(
                    name: "remind",
                    abstract: "Remind the participants who have not submitted, at most once each unless --again.",
                    discussion: """
                        The reminder carries the same personal link as the invitation. See docs/mail.md.
                        """,
                    arguments: [SurveyReference.survey.spec],
                    options: [notStarted.spec, again.spec] + commonOptions),
                run: { MailRoundCommand.run(.reminder, $0, console: $1) }),
        ])

    static let dryRun = CommandOption<Bool>(
        "dry-run", help: "Print the messages that would be sent (with a placeholder for the token) and their number.")
    static let limit = CommandOption<Int?>("limit", value: "n", in: 1...1_000_000, help: "Send at most n messages.")
    static let perMinute = CommandOption<Int?>(
        "per-minute", value: "n", in: 1...6000,
        help: "At most n messages a minute (default: the settings' perMinute, 60).")
    static let resendUncertain = CommandOption<Bool>(
        "resend-uncertain", help: "Send again the messages the log cannot say were sent (after a crash).")
    static let notStarted = CommandOption<Bool>(
        "not-started", help: "Only participants who never opened the survey and saved no draft.")
    static let again = CommandOption<Bool>("again", help: "Also remind participants reminded in an earlier round.")
    static let mailSettings = CommandOption<String>(
        "mail-settings", value: "file", default: "mail.json",
        help: "The mail settings: sender, office, server address, transport (default: mail.json).")

    static let commonOptions = [
        dryRun.spec, limit.spec, perMinute.spec, resendUncertain.spec, mailSettings.spec, ValidateCommand.lang.spec,
        SurveyReference.responses.spec,
    ]
}
