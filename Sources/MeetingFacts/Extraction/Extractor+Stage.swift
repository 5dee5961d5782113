/// Extraction as a pipeline stage: a text with its context in, mentions out.
extension Extractor: Stage {
    public static var step: PipelineStep { .extractMentions }

    public func run(_ input: ExtractionContext) -> Result {
        extract(input)
    }
}
