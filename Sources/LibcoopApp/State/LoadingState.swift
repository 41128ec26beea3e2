import LibcoopRender

/// The loading screen as a small model of its own: what the background work is doing, how long
/// it has run, and the spinner frame. `Loading.update` changes it in answer to a message (a key,
/// or progress reported by the work); `LoadingView` draws it.
public struct LoadingState: Sendable, Hashable {
    public var step: String
    public var elapsed: Duration = .zero
    public var tick = 0
    public var language: Language

    public init(step: String, language: Language) {
        self.step = step
        self.language = language
    }
}

/// What the loading screen answers.
public enum LoadingMessage: Sendable {
    case input(InputEvent)
    /// The work's current step, and how long it has been running, read about ten times a second.
    case progress(step: String, elapsed: Duration)
}

/// The loading screen's update: `q` or Esc gives up; progress moves the step, the clock and the
/// spinner on.
public enum Loading {
    /// What the runtime is asked to do after a message.
    public enum Effect: Sendable, Equatable {
        case none
        /// Stop waiting and leave (the work is abandoned).
        case giveUp
    }

    @discardableResult
    public static func update(_ state: inout LoadingState, _ message: LoadingMessage) -> Effect {
        switch message {
        case .input(.key(let key)) where key.key == .escape || key.key == .character("q"):
            return .giveUp
        case .input:
            return .none
        case .progress(let step, let elapsed):
            state.step = step
            state.elapsed = elapsed
            state.tick += 1
            return .none
        }
    }

    public static func view(_ state: LoadingState, size: Size) -> Grid {
        LoadingView.render(size: size, step: state.step, elapsed: state.elapsed, tick: state.tick, language: state.language)
    }
}
