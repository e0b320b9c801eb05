/**
 * The network as GraphML (for Gephi, yEd, Cytoscape): every entity a node, every relation a
 * directed edge, with kind, name, country, item and evidence as data. No contact details.
 */
import type { NetworkGraph } from '../types.js';

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** GraphML text for a graph (already limited to what the reader may see). */
export function toGraphml(graph: NetworkGraph): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '  <key id="kind" for="all" attr.name="kind" attr.type="string"/>',
    '  <key id="name" for="node" attr.name="name" attr.type="string"/>',
    '  <key id="country" for="node" attr.name="country" attr.type="string"/>',
    '  <key id="aliases" for="node" attr.name="aliases" attr.type="string"/>',
    '  <key id="item" for="edge" attr.name="item" attr.type="string"/>',
    '  <key id="evidence" for="edge" attr.name="evidence" attr.type="string"/>',
    '  <graph id="tearline-network" edgedefault="directed">',
  ];
  for (const e of graph.entities.values()) {
    lines.push(`    <node id="${esc(e.id)}"><data key="kind">${esc(e.kind)}</data><data key="name">${esc(e.name)}</data>${e.country ? `<data key="country">${esc(e.country)}</data>` : ''}${e.aliases.length ? `<data key="aliases">${esc(e.aliases.join('; '))}</data>` : ''}</node>`);
  }
  graph.relations.forEach((r, i) => {
    const item = r.item ? (graph.entities.get(r.item)?.name ?? r.item) : null;
    const evidence = r.evidence.map((x) => `${x.cable} ¶${x.paragraph}`).join('; ');
    lines.push(`    <edge id="e${i}" source="${esc(r.from)}" target="${esc(r.to)}"><data key="kind">${esc(r.kind)}</data>${item ? `<data key="item">${esc(item)}</data>` : ''}<data key="evidence">${esc(evidence)}</data></edge>`);
  });
  lines.push('  </graph>', '</graphml>');
  return lines.join('\n') + '\n';
}
