import Foundation
import Synchronization

/// Grant cookies whose signature has been checked, with their anti-forgery tokens, so a
/// respondent's every request does not pay two HMACs for the same cookie again.
///
/// The table is keyed by the cookie's full value: a hit means these exact bytes were
/// verified before with the same key, which is what verifying them again would find. The
/// survey and the expiry are still checked on every request (``Grant/check(surveyID:now:)``),
/// and so are everything that can end a grant besides its signature (the participant's
/// session generation, a void), which ``GrantCheck`` reads afresh each time. Refusals are
/// never kept: an unreadable value is verified again on its next use.
///
/// Memory is bounded: at most `capacity` entries; when the table is full, entries whose
/// grant has expired go first, and if none has, the table starts afresh (it then costs
/// what it saves, one verification per cookie).
final class VerifiedGrants: Sendable {
    /// One verified cookie value.
    struct Entry: Sendable {
        let grant: Grant
        /// The anti-forgery token of the cookie value (``CookieSigner/csrfToken(for:)``).
        let csrf: String
    }

    private let capacity: Int
    private let entries = Mutex([String: Entry]())

    /// Creates an empty table for at most `capacity` cookie values.
    init(capacity: Int = 10_000) {
        self.capacity = max(1, capacity)
    }

    /// The grant in `cookieValue` and its anti-forgery token, from the table or verified now.
    ///
    /// - Parameter now: decides which entries may go when the table is full; the caller checks the expiry.
    /// - Throws: ``Grant/Refusal/unreadable`` when the value is missing, altered or in another format.
    func entry(for cookieValue: String?, signer: CookieSigner, now: Date) throws(Grant.Refusal) -> Entry {
        guard let cookieValue else { throw .unreadable }
        if let known = entries.withLock({ $0[cookieValue] }) { return known }
        let grant = try Grant.signed(cookieValue, signer: signer)
        let entry = Entry(grant: grant, csrf: signer.csrfToken(for: cookieValue))
        entries.withLock { table in
            if table.count >= capacity {
                table = table.filter { now < $0.value.grant.expires }
                if table.count >= capacity { table.removeAll() }
            }
            table[cookieValue] = entry
        }
        return entry
    }

    /// How many cookie values the table holds.
    var count: Int { entries.withLock(\.count) }
}
