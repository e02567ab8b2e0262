/**
 * Ids made by the application (no AUTOINCREMENT/SERIAL: not portable): a
 * time-ordered prefix, so outbox rows (whose ids start with the id of the
 * change that wrote them) are sent in the order the changes happened, even
 * when their `created_at` is the same millisecond; then a random part.
 */
let last = 0;
let seq = 0;

export function sortableId(): string {
  const t = Date.now();
  if (t <= last) seq++;
  else (last = t), (seq = 0);
  return `${last.toString(36).padStart(9, '0')}${seq.toString(36).padStart(4, '0')}-${crypto.randomUUID()}`;
}
