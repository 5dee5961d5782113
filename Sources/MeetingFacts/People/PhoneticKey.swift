import Foundation

/// A rough key of how a name sounds in English, for surnames a transcriber heard rather than
/// read: "ph" = "f", "ck"/"c"/"q" = "k", "z" = "s", a voiced consonant the same as its voiceless
/// twin (d/t, b/p, g/k, v/f), doubled letters and vowels after the first letter dropped
/// ("Stefansson" and "Stephenson" both "STFNSN", "Datta" and "Dada" both "T").
enum PhoneticKey {
    static func of(_ word: String) -> String {
        var text = word.lowercased()
        for (from, to) in [("ph", "f"), ("ck", "k"), ("gh", "g"), ("sch", "sk"), ("th", "t"), ("q", "k"), ("z", "s"), ("w", "v")] {
            text = text.replacingOccurrences(of: from, with: to)
        }
        let voiceless: [Character: Character] = ["c": "k", "d": "t", "b": "p", "g": "k", "v": "f"]
        text = String(text.map { voiceless[$0] ?? $0 })
        var key = ""
        for (index, character) in text.enumerated() {
            if index > 0 && "aeiouyh".contains(character) { continue }
            if key.last == character { continue }
            key.append(character)
        }
        return key.uppercased()
    }
}
