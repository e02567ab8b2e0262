/**
 * The help finder's choice of whom to talk to. Pure: takes helplines, returns
 * the ones for a topic in the order a youngster should see them.
 */
export interface HelplineLike {
  id: string;
  data: { topics: string[]; anonymous: boolean; urgent: boolean; order: number; name: string; channels: { kind: string }[] };
}

/** 112 is for danger right now; it belongs under "when it is urgent", not in "who you can talk to". */
const emergencyOnly = (h: HelplineLike) => h.data.urgent && h.data.channels.every((c) => c.kind === 'telefoon') && !h.data.anonymous;

/**
 * Helplines tagged with the topic: anonymous options first, then the rest;
 * within each group by `order`, then name. Emergency-only lines (112) are left out.
 */
export function helplinesForTopic<T extends HelplineLike>(helplines: readonly T[], topic: string): T[] {
  return helplines
    .filter((h) => h.data.topics.includes(topic) && !emergencyOnly(h))
    .sort(
      (a, b) =>
        Number(b.data.anonymous) - Number(a.data.anonymous) ||
        a.data.order - b.data.order ||
        a.data.name.localeCompare(b.data.name, 'nl'),
    );
}
