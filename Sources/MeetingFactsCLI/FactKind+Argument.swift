import ArgumentParser
import MeetingFacts

/// `--kind` takes exactly these values (and completes to them); anything else is a usage error.
extension FactKind: ExpressibleByArgument {}
