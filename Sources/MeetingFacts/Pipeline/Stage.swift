/// One step of the pipeline. Each stage lives in its own folder, says what it reads and what it
/// produces, and can be run and tested alone.
public protocol Stage: Sendable {
    associatedtype Input
    associatedtype Output
    /// Where the stage stands in `Pipeline.stages`.
    static var step: PipelineStep { get }
    func run(_ input: Input) throws -> Output
}
