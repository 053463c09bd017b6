/// The fixed strings of the stored answer format (`docs/answer-format.md`).
///
/// The definition model names these `StoredForm.other` and
/// `StoredForm.notApplicable`; the evaluation reads records without going
/// through typed answers, so it keeps the two spellings here.
enum StoredForm {
    /// The value of the free-text "other" choice.
    static let other = "other"
    /// A scale's or matrix row's "not applicable" answer.
    static let notApplicable = "na"
}
