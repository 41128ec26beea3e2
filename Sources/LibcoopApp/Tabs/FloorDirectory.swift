/// The Floors tab's directory board as rows, the way a lobby lists a building: each floor's
/// heading, top floor first, followed by its spaces, and the spaces without a known floor last.
/// Spaces are also numbered across the whole board (top floor's first space is 0), so moving
/// through the directory crosses from one floor to the next.
struct FloorDirectory: Sendable {
    /// One row of the board.
    enum Row: Sendable, Hashable {
        /// A floor's heading (`band` of `LibraryRecords.bands`).
        case floor(band: Int)
        /// The space `index` of band `band`; `room` is its number across the board.
        case room(band: Int, index: Int, room: Int)
    }

    let rows: [Row]
    /// The row of each band's heading.
    let headingRows: [Int]
    /// The row of each space, by its number across the board.
    let roomRows: [Int]
    /// The band of each space, by its number across the board.
    let roomBands: [Int]
    /// The number of each band's first space (where the band would start when it has none).
    let firstRooms: [Int]

    init(_ bands: [LibraryRecords.Band]) {
        var rows: [Row] = []
        var headingRows: [Int] = []
        var roomRows: [Int] = []
        var roomBands: [Int] = []
        var firstRooms: [Int] = []
        for (band, content) in bands.enumerated() {
            headingRows.append(rows.count)
            firstRooms.append(roomRows.count)
            rows.append(.floor(band: band))
            for index in content.spaces.indices {
                roomRows.append(rows.count)
                rows.append(.room(band: band, index: index, room: roomBands.count))
                roomBands.append(band)
            }
        }
        self.rows = rows
        self.headingRows = headingRows
        self.roomRows = roomRows
        self.roomBands = roomBands
        self.firstRooms = firstRooms
    }

    var roomCount: Int { roomRows.count }

    /// The space numbered `room` across the board, as its band and its index in that band.
    func place(ofRoom room: Int) -> (band: Int, index: Int) {
        let band = roomBands[room]
        return (band, room - firstRooms[band])
    }

    /// The number across the board of the space `index` of band `band`, if there is one.
    func room(band: Int, index: Int) -> Int? {
        guard band >= 0, band < firstRooms.count, index >= 0 else { return nil }
        let room = firstRooms[band] + index
        return room < roomCount && roomBands[room] == band ? room : nil
    }

    /// Whether band `band` has any space.
    func hasRooms(band: Int) -> Bool { room(band: band, index: 0) != nil }

    /// The rows of band `band`, heading and spaces.
    func rows(ofBand band: Int) -> ClosedRange<Int> {
        let start = headingRows[band]
        let end = band + 1 < headingRows.count ? headingRows[band + 1] - 1 : rows.count - 1
        return start...end
    }

    /// How many rows of the board show when `available` rows are there: all of them, or — when
    /// they do not all fit — one less, for the line saying how many spaces are out of view.
    func viewport(available: Int) -> Int {
        rows.count <= available ? available : max(1, available - 1)
    }

    /// `scroll` moved the least so that `wanted` shows in `viewport` rows, its start first when
    /// it is longer than the viewport, and no further than the board's end allows.
    func scroll(_ scroll: Int, showing wanted: ClosedRange<Int>, viewport: Int) -> Int {
        var scroll = scroll
        if wanted.upperBound >= scroll + viewport { scroll = wanted.upperBound - viewport + 1 }
        if wanted.lowerBound < scroll { scroll = wanted.lowerBound }
        return min(max(0, scroll), max(0, rows.count - viewport))
    }

    /// How many spaces lie above and below the rows `scroll ..< scroll + viewport`.
    func hiddenRooms(scroll: Int, viewport: Int) -> (above: Int, below: Int) {
        let above = roomRows.prefix { $0 < scroll }.count
        let below = roomRows.filter { $0 >= scroll + viewport }.count
        return (above, below)
    }
}
