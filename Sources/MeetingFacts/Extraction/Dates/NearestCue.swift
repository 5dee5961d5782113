/// The cue nearest to a date while its clause is read: by distance in bytes, then by rank (a
/// listed cue, rank 0, beats a verb, rank 1, at the same distance); the first seen wins a tie.
struct NearestCue {
    let date: Range<Int>
    private(set) var distance = Int.max
    private var rank = Int.max
    private(set) var direction: TemporalDirection?

    init(date: Range<Int>) {
        self.date = date
    }

    mutating func consider(_ covered: Range<Int>, rank: Int, _ direction: TemporalDirection) {
        let distance = covered.upperBound <= date.lowerBound
            ? date.lowerBound - covered.upperBound : covered.lowerBound - date.upperBound
        if self.direction == nil || (distance, rank) < (self.distance, self.rank) {
            self.distance = distance
            self.rank = rank
            self.direction = direction
        }
    }
}
