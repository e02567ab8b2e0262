/**
 * A Pagefind excerpt as Preact nodes: only its text and its <mark> highlights. Pagefind builds
 * excerpts from the indexed page text (partner offers included), so the string is never given to
 * innerHTML. DOMParser makes an inert document (no scripts run, no images load); from it only text
 * is kept, and <mark> elements as <mark> with their text.
 */
import type { ComponentChildren } from 'preact';

export function excerptNodes(html: string): ComponentChildren[] {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  return Array.from(doc.body.childNodes, (node, i) =>
    node.nodeName === 'MARK' ? <mark key={i}>{node.textContent}</mark> : (node.textContent ?? ''),
  );
}
