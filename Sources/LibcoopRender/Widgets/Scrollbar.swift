/// Which way a `Scrollbar` runs.
public enum ScrollbarOrientation: Hashable, Sendable {
    /// Along the right edge of a list or text, top to bottom.
    case vertical
    /// Along the bottom edge, left to right.
    case horizontal
}

/// A scrollbar: a track with a thumb whose size and place show which part of the content is
/// visible. Draws nothing when everything fits.
public struct Scrollbar: Widget {
    /// Vertical or horizontal.
    public var orientation: ScrollbarOrientation
    /// Total rows (or columns) of content.
    public var contentLength: Int
    /// Rows (or columns) visible at once.
    public var viewportLength: Int
    /// The first visible row (or column).
    public var position: Int
    /// The style of the track.
    public var trackStyle: Style
    /// The style of the thumb.
    public var thumbStyle: Style

    /// A scrollbar for content of `contentLength` seen through a viewport of `viewportLength`
    /// starting at `position`.
    public init(_ orientation: ScrollbarOrientation = .vertical, contentLength: Int, viewportLength: Int,
                position: Int, trackStyle: Style = Style().dim(), thumbStyle: Style = .plain) {
        self.orientation = orientation
        self.contentLength = max(0, contentLength)
        self.viewportLength = max(0, viewportLength)
        self.position = max(0, position)
        self.trackStyle = trackStyle
        self.thumbStyle = thumbStyle
    }

    /// The thumb's start and length along a track of `trackLength` cells.
    public func thumb(trackLength: Int) -> (start: Int, length: Int) {
        guard trackLength > 0, contentLength > viewportLength, contentLength > 0 else { return (0, trackLength) }
        let length = min(trackLength, max(1, (trackLength * viewportLength + contentLength / 2) / contentLength))
        let maxPosition = contentLength - viewportLength
        let clamped = min(position, maxPosition)
        let start = maxPosition == 0 ? 0 : ((trackLength - length) * clamped + maxPosition / 2) / maxPosition
        return (start, length)
    }

    public func render(in area: Rect, into grid: inout Grid) {
        let area = area.intersection(grid.area)
        guard !area.isEmpty, contentLength > viewportLength else { return }
        let glyphs = Glyphs.current
        let trackSymbol = orientation == .vertical ? glyphs.scrollTrackVertical : glyphs.scrollTrackHorizontal
        let thumbSymbol = glyphs.scrollThumb
        let trackLength = orientation == .vertical ? area.height : area.width
        let (start, length) = thumb(trackLength: trackLength)
        for step in 0..<trackLength {
            let onThumb = step >= start && step < start + length
            let position = orientation == .vertical
                ? Position(x: area.right - 1, y: area.y + step)
                : Position(x: area.x + step, y: area.bottom - 1)
            grid.write(onThumb ? thumbSymbol : trackSymbol, at: position, style: onThumb ? thumbStyle : trackStyle,
                       maxWidth: 1)
        }
    }
}
