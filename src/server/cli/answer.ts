/**
 * Staff command to answer anonymous conversations (the back office does the same at /beheer/vragen/).
 *
 *   npm run answer -- --list                     open conversations waiting for an answer (code, dates, age, topic, messages)
 *   npm run answer -- <code>                     show one conversation
 *   npm run answer -- <code> "Je antwoord..."    add the CJG's answer (or pipe it on stdin)
 *   npm run answer -- --purge                    delete conversations past retention now
 *
 * Uses QUESTIONS_DATABASE_URL and the retention settings, like the server.
 */
import { answerSchema, pickupCodeSchema } from '../../schemas/question';
import type { Thread } from '../store/conversations';
import { createRuntime } from '../runtime';

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return '';
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The command runs as one staff member of its own, so a claim in the back office still holds against it. */
const STAFF = { id: 'opdrachtregel', name: 'Iemand via de opdrachtregel' };

const show = ({ conversation: c, messages }: Thread) =>
  [
    `Code:      ${c.code}`,
    `Begonnen:  ${c.createdAt}`,
    `Leeftijd:  ${c.age ?? '-'}`,
    `Onderwerp: ${c.topic ?? '-'}`,
    `Status:    ${c.status === 'closed' ? 'gesloten' : c.waitingSince ? `wacht op antwoord sinds ${c.waitingSince}` : 'beantwoord'}`,
    `Wordt gewist na: ${c.deleteAfter}`,
    ...messages.flatMap((m) => ['', `--- ${m.from === 'cjg' ? 'CJG' : 'Jongere'}, ${m.at} ---`, m.text]),
  ].join('\n');

export async function main(argv: string[]): Promise<number> {
  const deps = await createRuntime(process.env);
  const store = deps.store.conversations;
  try {
    const [first, ...rest] = argv;
    if (!first || first === '--help') {
      console.log('Gebruik: npm run answer -- --list | <code> ["antwoord"] | --purge');
      return first ? 0 : 1;
    }
    if (first === '--list') {
      const now = new Date();
      const waiting = (await store.listOpen(now)).filter((c) => c.waitingSince);
      if (waiting.length === 0) console.log('Geen gesprekken die op antwoord wachten.');
      for (const c of waiting) console.log(`${show((await store.findById(c.id, now))!)}\n${'='.repeat(60)}`);
      return 0;
    }
    if (first === '--purge') {
      console.log(`${await store.purge(new Date())} gesprek(ken) gewist.`);
      return 0;
    }
    const code = pickupCodeSchema.safeParse(first);
    if (!code.success) {
      console.error(code.error.issues[0]!.message);
      return 1;
    }
    const q = await store.find(code.data, new Date());
    if (!q) {
      console.error('Onbekende code (of het gesprek is al gewist).');
      return 1;
    }
    const text = rest.length > 0 ? rest.join(' ') : await readStdin();
    if (!text.trim()) {
      console.log(show(q));
      return 0;
    }
    const answer = answerSchema.safeParse(text);
    if (!answer.success) {
      console.error(answer.error.issues[0]!.message);
      return 1;
    }
    const updated = await store.answer(q.conversation.id, STAFF, answer.data, new Date());
    if (!updated.ok) {
      console.error(updated.reason === 'claimed' ? `${updated.by} is hiermee bezig in de back office. Probeer het later.` : 'Onbekende code (of het gesprek is al gewist).');
      return 1;
    }
    console.log(`Beantwoord. De jongere leest het antwoord met de code op /jongeren/antwoord/.\n\n${show(updated.thread)}`);
    return 0;
  } finally {
    await deps.close();
  }
}
