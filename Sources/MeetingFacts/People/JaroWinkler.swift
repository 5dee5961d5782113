/// Jaro–Winkler similarity of two strings, by characters, 0 (nothing shared) to 1 (equal): the
/// measure of record linkage for short names, rewarding a shared beginning ("Hagay"/"Hagey" 0.91,
/// "Stefansson"/"Stephenson" 0.86, "Cohen"/"Coleman" 0.83).
enum JaroWinkler {
    static func similarity(_ left: String, _ right: String) -> Double {
        let a = Array(left), b = Array(right)
        if a == b { return 1 }
        if a.isEmpty || b.isEmpty { return 0 }
        let window = max(max(a.count, b.count) / 2 - 1, 0)
        var matchedA = [Bool](repeating: false, count: a.count)
        var matchedB = [Bool](repeating: false, count: b.count)
        var matches = 0
        for i in a.indices {
            let low = max(0, i - window), high = min(b.count, i + window + 1)
            guard low < high else { break }
            for j in low..<high where !matchedB[j] && a[i] == b[j] {
                matchedA[i] = true
                matchedB[j] = true
                matches += 1
                break
            }
        }
        guard matches > 0 else { return 0 }
        var transpositions = 0
        var k = 0
        for i in a.indices where matchedA[i] {
            while !matchedB[k] { k += 1 }
            if a[i] != b[k] { transpositions += 1 }
            k += 1
        }
        let m = Double(matches)
        let jaro = (m / Double(a.count) + m / Double(b.count) + (m - Double(transpositions) / 2) / m) / 3
        let prefix = zip(a, b).prefix(4).prefix { $0 == $1 }.count
        return jaro + Double(prefix) * 0.1 * (1 - jaro)
    }
}
