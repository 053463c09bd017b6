/// The Punycode encoder of RFC 3492, for internationalised domain labels.
///
/// Only encoding is needed: addresses are written, never read back from mail. Callers pass labels
/// of at most a few hundred scalars, far from where the arithmetic could overflow.
enum Punycode {
    private static let base = 36
    private static let tMin = 1
    private static let tMax = 26
    private static let skew = 38
    private static let damp = 700

    /// The label's Punycode form without the `xn--` prefix, e.g. `bcher-kva` for `bücher`.
    static func encode(_ input: [Unicode.Scalar]) -> String {
        var output = String(String.UnicodeScalarView(input.filter(\.isASCII)))
        let basicCount = output.unicodeScalars.count
        if basicCount > 0 { output += "-" }
        var codePoint = 128
        var delta = 0
        var bias = 72
        var handled = basicCount
        while handled < input.count {
            let next = input.lazy.map { Int($0.value) }.filter { $0 >= codePoint }.min()!
            delta += (next - codePoint) * (handled + 1)
            codePoint = next
            for scalar in input {
                let value = Int(scalar.value)
                if value < codePoint { delta += 1 }
                guard value == codePoint else { continue }
                var q = delta
                var k = base
                while true {
                    let t = k <= bias ? tMin : (k >= bias + tMax ? tMax : k - bias)
                    if q < t { break }
                    output.unicodeScalars.append(digit(t + (q - t) % (base - t)))
                    q = (q - t) / (base - t)
                    k += base
                }
                output.unicodeScalars.append(digit(q))
                bias = adapt(delta, points: handled + 1, first: handled == basicCount)
                delta = 0
                handled += 1
            }
            delta += 1
            codePoint += 1
        }
        return output
    }

    private static func adapt(_ delta: Int, points: Int, first: Bool) -> Int {
        var delta = first ? delta / damp : delta / 2
        delta += delta / points
        var k = 0
        while delta > ((base - tMin) * tMax) / 2 {
            delta /= base - tMin
            k += base
        }
        return k + (base - tMin + 1) * delta / (delta + skew)
    }

    private static func digit(_ value: Int) -> Unicode.Scalar {
        Unicode.Scalar(UInt8(value < 26 ? 97 + value : 22 + value))
    }
}
