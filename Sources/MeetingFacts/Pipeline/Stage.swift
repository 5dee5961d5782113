/// One step of the pipeline. Each stage lives in its own folder, says what it reads (`Input`) and
/// what it produces (`Output`), and can be run and tested alone: `NoteParser` (read notes),
/// `Extractor` (extract mentions), `PeopleResolver` (resolve people), `FactAssembler` (assemble
/// facts), `PersonNotePlanner` (plan note changes), `AtomicWriter` (write; a dry run diffs instead).
/// `NoteAnalyzer` chains the per-note stages; `VaultRun` runs the whole list over a vault.
public protocol Stage: Sendable {
    associatedtype Input
    associatedtype Output
    /// Where the stage stands in `Pipeline.stages`.
    static var step: PipelineStep { get }
    func run(_ input: Input) throws -> Output
}
