/// The interpreters every extraction uses, one per family of kinds. A kind missing here is read
/// by `SurfaceInterpreter`.
public enum StandardInterpreters {
    public static let all: [any MentionInterpreter] = [
        DateInterpreter(),
        RecurrenceInterpreter(),
        QuantityInterpreter(),
        DurationInterpreter(),
        EntityInterpreter(),
    ]
}
