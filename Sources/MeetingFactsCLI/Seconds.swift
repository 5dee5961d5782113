import ArgumentParser

/// A number of seconds on the command line (`--wait 2.5`), shown in help as written (`0`, not `0.0`).
struct Seconds: ExpressibleByArgument, Equatable {
    var value: Double

    init(_ value: Double) {
        self.value = value
    }

    init?(argument: String) {
        guard let value = Double(argument), value.isFinite else { return nil }
        self.value = value
    }

    var defaultValueDescription: String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
