// Events to a call tree. Children are in start order whatever order they ended in.

import { compareStart, type TraceEvent, type TraceNode } from "./event.js";

/**
 * The roots of the call tree of `events`, each with its children in start order. An event whose
 * parent is not among `events` is a root: a file written by a session that crashed holds the
 * children that ended but not the parent that was still running. Parent links that form a cycle
 * (only possible in a hand-edited file) are cut at the earliest event of the cycle, which becomes
 * a root, so every event appears exactly once.
 */
export function buildTraceTree(events: readonly TraceEvent[]): TraceNode[] {
  const ordered = [...events].sort(compareStart);
  const nodes = new Map<string, TraceNode>();
  for (const e of ordered) nodes.set(e.id, { ...e, children: [] });
  const roots: TraceNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId === null ? undefined : nodes.get(node.parentId);
    if (parent === undefined || parent === node) roots.push(node);
    else parent.children.push(node);
  }
  const reached = new Set<TraceNode>();
  const mark = (node: TraceNode): void => {
    for (const n of walkTree([node])) reached.add(n);
  };
  roots.forEach(mark);
  if (reached.size < nodes.size) {
    for (const node of nodes.values()) {
      if (reached.has(node)) continue;
      const parent = nodes.get(node.parentId!)!;
      parent.children.splice(parent.children.indexOf(node), 1);
      roots.push(node);
      mark(node);
    }
    roots.sort(compareStart);
  }
  return roots;
}

/** Every node of the trees, depth first, parents before children. */
export function* walkTree(roots: readonly TraceNode[]): Generator<TraceNode> {
  // An explicit stack: a hand-made file may nest deeper than the JavaScript stack allows.
  const stack = [...roots].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    yield node;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
}
