/// The company an attendee's email address gives: `jon.baker@fabrikam.com` in a meeting with Jon
/// Baker says Jon Baker is at Fabrikam. The address names the person by its local part (first and
/// last name joined, dotted, or first initial and last name) among the meeting's people, only when
/// exactly one fits; the company is the gazetteer's for the domain (`COMPANY_DOMAIN`), else the
/// name the domain gives. A mail provider's address (`EMAIL_PROVIDER_DOMAIN`) says nothing.
struct EmailAffiliation: Sendable {
    private let domains: Lexicon?
    private let providers: Lexicon?

    init(rules: RuleSet) {
        domains = rules.lexicon("COMPANY_DOMAIN")
        providers = rules.lexicon("EMAIL_PROVIDER_DOMAIN")
    }

    /// Company by person, for the addresses among `declared` that name one of `people`.
    func companies(declared: [String], people: [String]) -> [String: String] {
        var found: [String: String] = [:]
        for raw in declared {
            guard let (local, domain) = EmailAffiliation.address(in: raw), let company = company(ofDomain: domain) else { continue }
            let matches = people.filter { EmailAffiliation.localPart(local, names: $0) }
            if matches.count == 1, found[matches[0]] == nil { found[matches[0]] = company }
        }
        return found
    }

    /// The company a domain stands for, nil for a mail provider or a domain with no name in it.
    func company(ofDomain domain: String) -> String? {
        let labels = domain.lowercased().split(separator: ".").map(String.init)
        guard labels.count >= 2 else { return nil }
        // eng.google.com is google.com: the longest listed suffix of the domain decides.
        for start in 0...(labels.count - 2) {
            let suffix = labels[start...].joined(separator: ".")
            if providers?.contains(suffix) == true { return nil }
            if let entry = domains?.entry(for: suffix) { return entry.attribute("name") ?? entry.forms.first }
        }
        // The registrable name: the label before the public suffix (fabrikam.co.uk → fabrikam).
        var end = labels.count - 1
        if end >= 2, labels[end].count == 2, ["co", "com", "org", "net", "ac", "gov", "edu", "ne", "or"].contains(labels[end - 1]) {
            end -= 1
        }
        let name = labels[end - 1]
        guard let first = name.first, first.isLetter, name.count > 1 else { return nil }
        return first.uppercased() + name.dropFirst()
    }

    /// `local@domain` from an attendee entry that is an address (`mailto:` and `<…>` allowed).
    static func address(in raw: String) -> (local: String, domain: String)? {
        var text = raw.trimmingCharacters(in: .whitespaces)
        if let open = text.firstIndex(of: "<"), let close = text.lastIndex(of: ">"), open < close {
            text = String(text[text.index(after: open)..<close])
        }
        if text.lowercased().hasPrefix("mailto:") { text = String(text.dropFirst(7)) }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].contains(where: { $0 == " " }) else { return nil }
        let local = parts[0].split(separator: "+").first.map(String.init) ?? String(parts[0])
        return (local.lowercased(), String(parts[1]))
    }

    /// Whether an address's local part names `name`: "jon.baker", "jon_baker", "jonbaker", "jbaker".
    static func localPart(_ local: String, names name: String) -> Bool {
        let words = PersonNameKey.words(of: PersonNameKey.of(name)).map { $0.filter(\.isLetter) }.filter { !$0.isEmpty }
        guard words.count >= 2, let first = words.first, let last = words.last else { return false }
        let pieces = local.split(whereSeparator: { $0 == "." || $0 == "_" || $0 == "-" }).map(String.init)
        if pieces.count >= 2 { return pieces == words || pieces == [first, last] || pieces == [String(first.prefix(1)), last] }
        return local == words.joined() || local == first + last || local == String(first.prefix(1)) + last
    }
}
