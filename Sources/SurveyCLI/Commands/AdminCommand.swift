import ArgumentParsing

/// `survey admin set-password`: the shared office password of earlier versions, now personal accounts.
///
/// The command stays so that scripts and habits get a clear answer instead of "unknown command".
enum AdminCommand {
    static let node = CommandNode(
        group: "admin", abstract: "Replaced by personal accounts: see `survey users`.",
        [
            CommandNode(
                CommandSpec(
                    name: "set-password",
                    abstract: "Replaced by `survey users add` and `survey users reset`.",
                    discussion: """
                        The office no longer shares one password: each person has an account. Add one with \
                        `survey users add <email> --name "…" --role admin`, give someone a new password link with \
                        `survey users reset <email>`, and turn an existing shared password into an admin account \
                        with `survey users migrate --email <address>`.
                        """),
                run: setPassword)
        ])

    static func setPassword(_ arguments: ParsedArguments, console: Console) -> ExitCode {
        console.printError(
            """
            survey: error: the shared office password is replaced by personal accounts; use
              survey users add <email> --name "…" --role admin   (a new account with an invitation link)
              survey users reset <email>                         (a new password link for an account)
              survey users migrate --email <address>             (the old shared password becomes an admin account)
            """)
        return .usage
    }
}
