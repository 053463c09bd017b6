/// The evaluation of one question for one set of responses, ready for output.
///
/// Counts that suppression hides are nil; so is every figure derived from
/// them. A result carries only the parts its question type has.
public struct QuestionResult: Sendable, Hashable {
    public var id: String
    public var type: String
    public var title: String
    public var base: Base
    /// The base percentages of ``frequencies`` refer to.
    public var percentBase: PercentBase
    /// Counts per category: options, scale points, yes/no, "other", "not applicable".
    public var frequencies: [Frequency] = []
    /// Number questions: the unit of the answers ("Mbit/s"), if the definition gives one.
    public var unit: String?
    /// Number, scale and matrix-scale rows: descriptive statistics ("not applicable" left out).
    public var stats: Summary?
    /// Why statistics that were computed are left out (min and max aside, which always are); nil if none is.
    public var statsWithheld: Withheld?
    /// Number questions.
    public var histogram: [HistogramBin] = []
    /// Multiple choice: how many respondents chose 0, 1, 2, … options.
    public var selections: [Frequency] = []
    /// Ranking questions.
    public var ranking: [RankedOption] = []
    /// Matrix questions: one result per row.
    public var rows: [QuestionResult] = []
    /// Date questions: earliest and latest date (`YYYY-MM-DD`).
    public var dateRange: DateRange?
    /// Date questions: answers per bin between the first and the last answer,
    /// each bin a month (`YYYY-MM`), quarter (`YYYY-Q1`), year (`YYYY`),
    /// decade or century (`2020–2029`); see ``dateBins``.
    public var months: [Frequency] = []
    /// Date questions: the width of the bins in ``months``.
    public var dateBins: DateBinWidth?
    /// The free texts of a text question or of an "other" choice, when requested.
    public var texts: [String]?
    /// Set when the whole result is hidden (a group below the threshold).
    public var suppressed = false
    /// Why the whole result is hidden; nil while it is shown.
    public var withheld: Withheld?

    public init(id: String, type: String, title: String, base: Base, percentBase: PercentBase) {
        self.id = id
        self.type = type
        self.title = title
        self.base = base
        self.percentBase = percentBase
    }
}

/// The three bases of a question; nil when suppressed.
public struct Base: Sendable, Hashable {
    /// Submitted responses in the set.
    public var submitted: Int?
    /// Responses in which the question was shown.
    public var shown: Int?
    /// Responses with an answer.
    public var answered: Int?

    public init(submitted: Int?, shown: Int?, answered: Int?) {
        self.submitted = submitted
        self.shown = shown
        self.answered = answered
    }

    /// The count `percentBase` names.
    public func count(_ percentBase: PercentBase) -> Int? {
        switch percentBase {
        case .submitted: submitted
        case .shown: shown
        case .answered: answered
        }
    }
}

/// Which base a percentage is taken of.
public enum PercentBase: String, Sendable, Hashable {
    case submitted, shown, answered
}

/// Why suppression hides a figure; footnotes and charts tell the reasons apart.
public enum Withheld: String, Sendable, Hashable {
    /// Primary suppression: fewer than the minimum group size answered (the group, or the cell's count).
    case fewAnswers
    /// Complementary suppression: hidden only so that other hidden figures cannot be worked out.
    case protectsOthers
    /// Nearly every unit of the group gave the same answer, which would disclose it for all of them.
    case sameAnswer
}

/// A count of one category and its percentage of the result's percent base.
public struct Frequency: Sendable, Hashable {
    public var value: String
    public var label: String
    /// Nil when suppressed.
    public var count: Int?
    /// Why ``count`` is hidden; nil while it is shown.
    public var withheld: Withheld?
    /// Nil when suppressed or when the base is zero.
    public var percent: Double?

    public init(value: String, label: String, count: Int?, percent: Double? = nil) {
        self.value = value
        self.label = label
        self.count = count
        self.percent = percent
    }
}

/// One histogram bin: values with `from ≤ v < to` (the last bin includes `to`).
public struct HistogramBin: Sendable, Hashable {
    public var from: Double
    public var to: Double
    /// Set when the bin ends at the question's maximum, which its label then includes.
    public var includesUpper = false
    /// Nil when suppressed.
    public var count: Int?
    /// Why ``count`` is hidden; nil while it is shown.
    public var withheld: Withheld?

    public init(from: Double, to: Double, count: Int?) {
        self.from = from
        self.to = to
        self.count = count
    }
}

/// One option of a ranking question.
public struct RankedOption: Sendable, Hashable {
    public var value: String
    public var label: String
    /// Respondents who gave the option a place.
    public var ranked: Int?
    /// Why ``ranked`` (and with it ``meanRank``) is hidden; nil while it is shown.
    public var rankedWithheld: Withheld?
    /// The mean place, 1 being best; nil when nobody ranked it or suppressed.
    public var meanRank: Double?
    /// How often it was put first.
    public var first: Int?
    /// `first` as a percentage of the answered base.
    public var firstPercent: Double?
    /// Why ``first`` is hidden; nil while it is shown.
    public var withheld: Withheld?

    public init(value: String, label: String, ranked: Int?, meanRank: Double?, first: Int?, firstPercent: Double? = nil)
    {
        self.value = value
        self.label = label
        self.ranked = ranked
        self.meanRank = meanRank
        self.first = first
        self.firstPercent = firstPercent
    }
}

/// The earliest and latest answer of a date question.
public struct DateRange: Sendable, Hashable {
    public var from: String
    public var to: String

    public init(from: String, to: String) {
        self.from = from
        self.to = to
    }
}
