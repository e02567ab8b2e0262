/**
 * Staff command to answer anonymous questions (the back office does the same at /beheer/vragen/).
 *
 *   npm run answer -- --list                     open questions (code, date, age, topic, question)
 *   npm run answer -- <code>                     show one question and its answer
 *   npm run answer -- <code> "Je antwoord..."    answer it (or pipe the answer on stdin)
 *   npm run answer -- --purge                    delete questions past retention now
 *
 * Uses QUESTIONS_DATABASE_URL and the retention settings, like the server.
 */
import { answerSchema, pickupCodeSchema } from '../../schemas/question';
import type { StoredQuestion } from '../../schemas/rows';
import { createRuntime } from '../runtime';

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return '';
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const show = (q: StoredQuestion) =>
  [
    `Code:      ${q.code}`,
    `Gesteld:   ${q.createdAt}`,
    `Leeftijd:  ${q.age ?? '-'}`,
    `Onderwerp: ${q.topic ?? '-'}`,
    `Status:    ${q.status === 'answered' ? `beantwoord op ${q.answeredAt}` : 'open'}`,
    `Wordt gewist na: ${q.deleteAfter}`,
    '',
    q.question,
    ...(q.answer ? ['', '--- Antwoord ---', q.answer] : []),
  ].join('\n');

export async function main(argv: string[]): Promise<number> {
  const deps = await createRuntime(process.env);
  const store = deps.store.questions;
  try {
    const [first, ...rest] = argv;
    if (!first || first === '--help') {
      console.log('Gebruik: npm run answer -- --list | <code> ["antwoord"] | --purge');
      return first ? 0 : 1;
    }
    if (first === '--list') {
      const open = await store.list('open');
      if (open.length === 0) console.log('Geen open vragen.');
      for (const q of open) console.log(`${show(q)}\n${'='.repeat(60)}`);
      return 0;
    }
    if (first === '--purge') {
      console.log(`${await store.purge(new Date())} vraag/vragen gewist.`);
      return 0;
    }
    const code = pickupCodeSchema.safeParse(first);
    if (!code.success) {
      console.error(code.error.issues[0]!.message);
      return 1;
    }
    const q = await store.find(code.data);
    if (!q) {
      console.error('Onbekende code (of de vraag is al gewist).');
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
    const updated = await store.answer(code.data, answer.data, new Date());
    if (!updated) {
      console.error('Onbekende code (of de vraag is al gewist).');
      return 1;
    }
    console.log(`Beantwoord. De jongere leest het antwoord met de code op /jongeren/antwoord/.\n\n${show(updated)}`);
    return 0;
  } finally {
    await deps.close();
  }
}
