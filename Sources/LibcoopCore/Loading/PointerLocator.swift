/// Finds where in a file the values named by JSON pointers begin, in one pass over the file that
/// skips every branch no pointer leads into.
///
/// Checks on the merged dataset know only a pointer (`/staff/3/library`); this gives them back a
/// byte offset, and so a line and column, without the loader keeping positions for every field.
///
/// The time is linear in the file and the number of pointers: the pointers are sorted (they
/// mostly arrive in file order already, which the sort takes in one run) and folded into a trie
/// held in one array, whose children are kept in sorted order, so an array is matched against its
/// wanted indices by walking both in step, with no hashing and no object per step.
struct PointerLocator {
    /// One step of one or more wanted pointers.
    private struct Node {
        var parent: Int32
        var firstChild: Int32 = -1
        var lastChild: Int32 = -1
        var nextSibling: Int32 = -1
        /// The array index this step names, or -1 when it names a member (then the member's name
        /// is component `depth - 1` of pointer `source`).
        var index: Int
        var source: Int32
        var depth: Int32
        /// Where the value begins in the file, or -1 while it has not been found.
        var offset = -1
    }

    private let pointers: [JSONPointer]
    private var nodes: [Node]
    /// The node each pointer ends at.
    private var ends: [Int32]

    /// The offset of each pointer's value, in the order given; a pointer whose value is not in the
    /// file gets the offset of its nearest ancestor that is, and `nil` when not even the document
    /// could be read.
    static func offsets(of pointers: [JSONPointer], in bytes: UnsafeBufferPointer<UInt8>, startingAt start: Int) -> [Int?] {
        guard !pointers.isEmpty else { return [] }
        var locator = PointerLocator(pointers: pointers)
        var reader = JSONReader(bytes: bytes, startingAt: start)
        try? locator.visit(0, reader: &reader)
        return locator.resolvedOffsets()
    }

    private init(pointers: [JSONPointer]) {
        self.pointers = pointers
        nodes = [Node(parent: -1, index: -1, source: -1, depth: 0)]
        nodes.reserveCapacity(1 + pointers.reduce(0) { $0 + $1.components.count })
        ends = Array(repeating: 0, count: pointers.count)
        let order = pointers.indices.sorted { Self.precedes(pointers[$0].components, pointers[$1].components) }
        var path: [Int32] = [0]
        var previous: [JSONPointer.Component] = []
        for position in order {
            let components = pointers[position].components
            var shared = 0
            while shared < components.count, shared < previous.count, components[shared] == previous[shared] { shared += 1 }
            path.removeSubrange((shared + 1)...)
            for depth in shared..<components.count {
                path.append(addChild(of: path[depth], component: components[depth], source: position, depth: depth + 1))
            }
            ends[position] = path[components.count]
            previous = components
        }
    }

    /// Appends a node under `parent`; the sorted order guarantees it sorts after its siblings.
    private mutating func addChild(of parent: Int32, component: JSONPointer.Component, source: Int, depth: Int) -> Int32 {
        let child = Int32(nodes.count)
        let index: Int
        switch component {
        case .index(let value): index = value
        case .key: index = -1
        }
        nodes.append(Node(parent: parent, index: index, source: Int32(source), depth: Int32(depth)))
        if nodes[Int(parent)].lastChild >= 0 {
            nodes[Int(nodes[Int(parent)].lastChild)].nextSibling = child
        } else {
            nodes[Int(parent)].firstChild = child
        }
        nodes[Int(parent)].lastChild = child
        return child
    }

    /// Document-independent order: indices before names, indices by value, names by text, and
    /// a pointer before those that extend it.
    private static func precedes(_ lhs: [JSONPointer.Component], _ rhs: [JSONPointer.Component]) -> Bool {
        for depth in 0..<min(lhs.count, rhs.count) {
            switch (lhs[depth], rhs[depth]) {
            case (.index(let left), .index(let right)):
                if left != right { return left < right }
            case (.key(let left), .key(let right)):
                if left != right { return left < right }
            case (.index, .key):
                return true
            case (.key, .index):
                return false
            }
        }
        return lhs.count < rhs.count
    }

    private mutating func visit(_ node: Int32, reader: inout JSONReader) throws(JSONSyntaxError) {
        let kind = try reader.peekKind()
        nodes[Int(node)].offset = reader.position
        let firstChild = nodes[Int(node)].firstChild
        guard firstChild >= 0 else {
            try reader.skipValue()
            return
        }
        switch kind {
        case .object:
            try reader.beginObject()
            var isFirst = true
            while let key = try reader.nextRawKey(isFirst: &isFirst) {
                if let child = member(named: key, under: firstChild, in: reader.bytes), nodes[Int(child)].offset < 0 {
                    try visit(child, reader: &reader)
                } else {
                    try reader.skipValue()
                }
            }
        case .array:
            try reader.beginArray()
            var isFirst = true
            var index = 0
            var child = firstChild
            while try reader.nextElement(isFirst: &isFirst) {
                while child >= 0, nodes[Int(child)].index >= 0, nodes[Int(child)].index < index { child = nodes[Int(child)].nextSibling }
                if child >= 0, nodes[Int(child)].index == index {
                    try visit(child, reader: &reader)
                } else {
                    try reader.skipValue()
                }
                index += 1
            }
        default:
            try reader.skipValue()
        }
    }

    /// The child of a node (its children start at `firstChild`) that names the member `key`.
    private func member(named key: JSONRawKey, under firstChild: Int32, in bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        var child = firstChild
        while child >= 0 {
            let node = nodes[Int(child)]
            if node.index < 0, case .key(let name) = pointers[Int(node.source)].components[Int(node.depth) - 1] {
                let matches = key.hasEscapes
                    ? key.text(in: bytes) == name
                    : UnsafeBufferPointer(rebasing: bytes[key.content]).elementsEqual(name.utf8)
                if matches { return child }
            }
            child = node.nextSibling
        }
        return nil
    }

    /// Each pointer's offset, taking the nearest found ancestor's for steps not in the file.
    /// Parents come before their children in `nodes`, so one pass in order fills every gap.
    private mutating func resolvedOffsets() -> [Int?] {
        for node in nodes.indices.dropFirst() where nodes[node].offset < 0 {
            nodes[node].offset = nodes[Int(nodes[node].parent)].offset
        }
        return ends.map { nodes[Int($0)].offset >= 0 ? nodes[Int($0)].offset : nil }
    }
}
