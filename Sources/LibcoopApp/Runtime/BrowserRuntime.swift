import LibcoopRender

/// Connects the browser to a terminal: draw the view, wait for an event, update, perform the
/// effect the update asked for and send its result back as a message, repeat — and nothing while
/// no event comes. Written against `TerminalBackend`, so tests run it on an
/// `InMemoryBackend` and the executable on ncurses.
public enum BrowserRuntime {
    /// Runs until `q`. `reload` reads the dataset files again for `r`, on another thread while the
    /// footer shows a spinner and the seconds (a national dataset takes a while): new data, or
    /// every problem that kept it from being used. Keys pressed meanwhile are answered once the
    /// reload is done, in order; a resize is answered at once. `wake` (any thread) makes a
    /// waiting `nextEvent` return, so the result shows as soon as it is there. `export` writes a
    /// table for `x` from the data shown and says what became of it. `changeRecords` makes a
    /// change to the records (`e`, `a`, `D`: the executable suspends the terminal for the user's
    /// editor); without it the data is read-only. `indexing`, when given, builds the search
    /// indexes of the data the browser opened with; they are sent to `update`
    /// (`BrowserMessage.indexed`) when it finishes, which wakes the loop.
    public static func run<Backend: TerminalBackend>(
        _ state: inout BrowserState, on backend: inout Backend, wake: @escaping @Sendable () -> Void = {},
        reload: @escaping @Sendable () -> Result<BrowserData, ReloadFailure>,
        export: (TableExport, BrowserData) -> TableExport.Outcome = { _, _ in .failed("exporting is not available here") },
        changeRecords: (RecordChangeRequest) -> RecordChangeOutcome = { _ in .readOnly },
        indexing: BackgroundWork<SearchIndexes>? = nil
    ) {
        state.size = backend.size
        Browser.settle(&state)
        var indexing = indexing
        var pending: [InputEvent] = []
        while true {
            if let work = indexing, let indexes = work.result {
                Browser.update(&state, .indexed(indexes))
                indexing = nil
            }
            backend.draw(Browser.view(state))
            let event: InputEvent
            if !pending.isEmpty {
                event = pending.removeFirst()
            } else {
                guard let next = backend.nextEvent(timeout: nil) else { continue }
                event = next
            }
            if case .resize = event { state.size = backend.size }
            // Each effect is performed here and its result sent back to `update` as a message,
            // until an update asks for nothing more.
            var message = BrowserMessage.input(event)
            while true {
                switch Browser.update(&state, message) {
                case .none: break
                case .quit: return
                case .reload:
                    message = .reloaded(waitForReload(&state, on: &backend, wake: wake, keeping: &pending, reload))
                    continue
                case .export(let request):
                    message = .exported(export(request, state.data))
                    continue
                case .changeRecords(let request):
                    message = .recordsChanged(request, changeRecords(request))
                    continue
                }
                break
            }
        }
    }

    /// Runs `reload` in the background, redrawing the footer's indicator about ten times a second
    /// and answering resizes; other events are kept in `pending` for after.
    private static func waitForReload<Backend: TerminalBackend>(
        _ state: inout BrowserState, on backend: inout Backend, wake: @escaping @Sendable () -> Void,
        keeping pending: inout [InputEvent], _ reload: @escaping @Sendable () -> Result<BrowserData, ReloadFailure>
    ) -> Result<BrowserData, ReloadFailure> {
        let started = ContinuousClock.now
        let work = BackgroundWork(firstStep: "", onChange: wake) { _ in reload() }
        while true {
            if let result = work.result { return result }
            backend.draw(Browser.view(state))
            if let event = backend.nextEvent(timeout: .milliseconds(100)) {
                if case .resize = event {
                    state.size = backend.size
                    Browser.update(&state, event)
                } else {
                    pending.append(event)
                }
            }
            Browser.update(&state, .reloadProgress(elapsed: ContinuousClock.now - started))
        }
    }
}

extension BrowserRuntime {
    /// Shows the loading screen until `work` finishes, redrawing the spinner about ten times a
    /// second and on resize: keys and the work's progress reach the screen's model as messages
    /// (`Loading.update`). Returns nil when the user pressed `q` or Esc to give up.
    public static func waitFor<Backend: TerminalBackend, Value: Sendable>(
        _ work: BackgroundWork<Value>, on backend: inout Backend, language: Language
    ) -> Value? {
        let started = ContinuousClock.now
        var loading = LoadingState(step: work.step, language: language)
        while true {
            if let value = work.result { return value }
            backend.draw(Loading.view(loading, size: backend.size))
            if let event = backend.nextEvent(timeout: .milliseconds(100)), Loading.update(&loading, .input(event)) == .giveUp {
                return nil
            }
            Loading.update(&loading, .progress(step: work.step, elapsed: ContinuousClock.now - started))
        }
    }
}
