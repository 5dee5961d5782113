import Dispatch
import Foundation

/// Work spread over threads with results in index order, whatever the timing: the run's output
/// never depends on which thread finished first. `workers: 1` runs everything on the calling
/// thread, one item after the other (what the test comparing a parallel run with a serial one uses).
enum ParallelWork {
    /// `work` for each index on every core: computing.
    static func map<Result: Sendable>(_ count: Int, workers: Int? = nil, _ work: @Sendable (Int) -> Result) -> [Result] {
        if workers == 1 || count < 2 { return (0..<count).map(work) }
        let slots = Slots<Result>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { slots.set($0, work($0)) }
        return slots.values
    }

    /// `work` for each index on `threads` threads, more than there are cores: work that waits on
    /// the disk (fsync), where the waits overlap.
    static func mapWaiting<Result: Sendable>(_ count: Int, workers: Int? = nil, threads: Int = 8,
                                             _ work: @escaping @Sendable (Int) -> Result) -> [Result] {
        let threads = min(workers ?? threads, count)
        if threads <= 1 { return (0..<count).map(work) }
        let slots = Slots<Result>(count: count)
        let next = Slots<Int>([0])
        let done = DispatchGroup()
        for _ in 0..<threads {
            done.enter()
            let thread = Thread {
                while let index = next.claim(below: count) { slots.set(index, work(index)) }
                done.leave()
            }
            thread.start()
        }
        done.wait()
        return slots.values
    }
}
