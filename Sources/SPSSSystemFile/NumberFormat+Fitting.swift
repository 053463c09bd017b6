extension SystemFileVariable.NumberFormat {
    /// The narrowest `F` format that shows every one of `values` exactly: `F(w).0` for whole
    /// numbers, else as many decimals as the most precise value needs (at most 16), within SPSS's
    /// 40 columns. The file keeps every value whole either way; the format is only what SPSS shows.
    public static func fitting(_ values: some Sequence<Double>) -> Self {
        var integerDigits = 1
        var decimals = 0
        var negative = false
        for value in values where value.isFinite {
            negative = negative || value < 0
            let magnitude = abs(value)
            // Beyond 10^15 the format cannot show every digit anyway; SPSS then shows an exponent.
            integerDigits = max(
                integerDigits, magnitude >= 1e15 ? 40 : Int(magnitude.rounded(.down)).description.count)
            decimals = max(decimals, decimalsNeeded(magnitude))
        }
        let sign = negative ? 1 : 0
        let width = min(40, integerDigits + sign + (decimals > 0 ? decimals + 1 : 0))
        let shown = min(decimals, max(0, width - integerDigits - sign - 1))
        return .fixed(width: max(width, shown + 1), decimals: shown)
    }

    /// The fewest decimals (up to 16) that give `value` back exactly.
    private static func decimalsNeeded(_ value: Double) -> Int {
        guard value < 1e15 else { return 0 }
        var scale = 1.0
        for decimals in 0...16 {
            if (value * scale).rounded() / scale == value { return decimals }
            scale *= 10
        }
        return 16
    }
}
