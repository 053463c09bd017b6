/// What makes an office password too weak, checked wherever a password is set.
///
/// Length alone let twelve spaces through. Beyond a minimum length the policy
/// refuses what online guessing tries first: blanks, the most common German
/// and English passwords and the names of this product and its users, also
/// when padded with digits or punctuation ("Passwort2024!"), keyboard and
/// alphabet runs, and strings of very few distinct characters.
public enum PasswordPolicy {
    /// The shortest password the office may choose.
    public static let minimumLength = 12

    /// Why a password is refused.
    public enum Problem: Error, Equatable, Sendable, CustomStringConvertible {
        case tooShort
        /// Nothing but spaces or other white space.
        case blank
        /// Common, a run on the keyboard, or a few characters repeated.
        case easyToGuess

        /// The reason in English, for the command line.
        public var description: String {
            switch self {
            case .tooShort: "the password needs at least \(PasswordPolicy.minimumLength) characters"
            case .blank: "the password must not consist of spaces only"
            case .easyToGuess:
                "the password is too easy to guess (a common password, a name of this service, a keyboard run "
                    + "or a few characters repeated); several unrelated words make a good one"
            }
        }
    }

    /// The problem with `password`, or nil when it may be used.
    public static func problem(with password: String) -> Problem? {
        if !password.isEmpty, password.allSatisfy(\.isWhitespace) { return .blank }
        if password.count < minimumLength { return .tooShort }
        let folded = String(
            password.lowercased().filter { !$0.isWhitespace && !separators.contains($0) })
        let core = folded.drop { !$0.isLetter }.reversed().drop { !$0.isLetter }.reversed()
        let coreText = String(core)
        if Set(folded).count <= 3 || CommonPasswords.list.contains(folded) || CommonPasswords.list.contains(coreText)
            || runs.contains(where: { $0.contains(folded) || $0.contains(coreText) && coreText.count >= 4 })
        {
            return .easyToGuess
        }
        return nil
    }

    /// Characters people put between words ("digitale-bildung", "hallo.welt").
    private static let separators: Set<Character> = ["-", "_", "."]

    /// Alphabet, digit and keyboard runs (German and English layouts), forwards and backwards.
    private static let runs: [String] = {
        let forward = [
            "abcdefghijklmnopqrstuvwxyz", "01234567890123456789", "qwertzuiopüasdfghjklöäyxcvbnm",
            "qwertyuiopasdfghjklzxcvbnm", "1qaz2wsx3edc4rfv5tgb6zhn7ujm8ik9ol0p", "1qaz2wsx3edc4rfv5tgb6yhn7ujm",
        ]
        return forward + forward.map { String($0.reversed()) }
    }()
}
