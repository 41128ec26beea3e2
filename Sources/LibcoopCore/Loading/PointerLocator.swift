/// Finds where in a file the values named by JSON pointers begin, in one pass that skips every
/// branch no pointer leads into.
///
/// Checks on the merged dataset know only a pointer (`/staff/3/library`); this gives them back a
/// byte offset, and so a line and column, without the loader keeping positions for every field.
struct PointerLocator {
    /// A tree of the wanted pointers' components.
    private final class Node {
        var children: [JSONPointer.Component: Node] = [:]
        var pointers: [JSONPointer] = []
    }

    /// The offset of each pointer's value; a pointer whose value is not in the file maps to the
    /// offset of its nearest ancestor that is.
    static func offsets(of pointers: [JSONPointer], in bytes: UnsafeBufferPointer<UInt8>, startingAt start: Int) -> [JSONPointer: Int] {
        let root = Node()
        for pointer in pointers {
            var node = root
            for component in pointer.components {
                if let child = node.children[component] {
                    node = child
                } else {
                    let child = Node()
                    node.children[component] = child
                    node = child
                }
            }
            node.pointers.append(pointer)
        }
        var result: [JSONPointer: Int] = [:]
        var reader = JSONReader(bytes: bytes, startingAt: start)
        try? visit(root, reader: &reader, into: &result)
        return result
    }

    private static func visit(_ node: Node, reader: inout JSONReader, into result: inout [JSONPointer: Int]) throws(JSONSyntaxError) {
        let kind = try reader.peekKind()
        let offset = reader.position
        for pointer in node.pointers { result[pointer] = offset }
        if node.children.isEmpty {
            try reader.skipValue()
            return
        }
        switch kind {
        case .object:
            try reader.beginObject()
            var isFirst = true
            while let key = try reader.nextKey(isFirst: &isFirst) {
                if let child = node.children[.key(key.text)] {
                    try visit(child, reader: &reader, into: &result)
                } else {
                    try reader.skipValue()
                }
            }
        case .array:
            try reader.beginArray()
            var isFirst = true
            var index = 0
            while try reader.nextElement(isFirst: &isFirst) {
                if let child = node.children[.index(index)] {
                    try visit(child, reader: &reader, into: &result)
                } else {
                    try reader.skipValue()
                }
                index += 1
            }
        default:
            try reader.skipValue()
        }
        fillMissing(node, offset: offset, into: &result)
    }

    /// Pointers below `node` that were not found (a missing member) get the offset of `node`.
    private static func fillMissing(_ node: Node, offset: Int, into result: inout [JSONPointer: Int]) {
        for child in node.children.values {
            for pointer in child.pointers where result[pointer] == nil { result[pointer] = offset }
            fillMissing(child, offset: offset, into: &result)
        }
    }
}
