/** Crisis words, the queue's waiting time and claims, the median, and a conversation's deletion date. */
import { describe, expect, it } from 'vitest';
import { mentionsCrisis } from '../../src/domain/crisis';
import { formatMinutes, formatWaiting, liveClaim, median } from '../../src/domain/questions/queue';
import { conversationDeleteAt } from '../../src/domain/questions/retention';

describe('crisis words', () => {
  it('match suicide, self-harm, abuse and violence at home, whatever the case, accents or punctuation', () => {
    for (const t of [
      'Ik wil dood.', 'IK WIL DOOD', 'soms denk ik aan zelfmoord', 'Ik denk aan suïcide', 'ik denk aan suicide', 'Ik wil niet meer leven!!',
      'ik snij mezelf soms', 'Ik doe mezelf pijn', 'Mijn oom heeft me misbruikt', 'Mijn vader slaat me', 'er is huiselijk geweld bij ons',
      'Ik ben bang om naar huis te gaan', 'ik wil er een eind aan maken', 'Ik ben verkracht', 'zelfmóórd',
    ]) expect(mentionsCrisis(t), t).toBe(true);
  });
  it('match Arabic as it is typed in a chat: with "and" or "the" joined to the word, without hamza', () => {
    for (const t of [
      'أنا حزين جدا وأريد أن أموت، لا أعرف ماذا أفعل', 'اريد ان اموت', 'أفكر في الانتحار', 'فكرت بالانتحار أمس', 'أحيانا أؤذي نفسي',
      'أبي يضربني كل يوم', 'وأبي يضربني', 'لا أشعر أنني غير آمن في البيت... بل أنا غير امن في البيت',
    ]) expect(mentionsCrisis(t), t).toBe(true);
    // The other languages with their usual endings.
    for (const t of ['Myślę o samobójstwie', 'intiharı düşünüyorum', 'думки щодо самогубства', 'I feel suicidal']) expect(mentionsCrisis(t), t).toBe(true);
    for (const t of ['أبي مريض', 'عندي سؤال عن المدرسة', 'ولد في صفي لا يكلمني', 'الموتور', 'بيت جدي']) expect(mentionsCrisis(t), t).toBe(false);
  });
  it('do not match everyday questions or parts of words', () => {
    for (const t of [
      'Doodgewoon een vraag over school.', 'Mijn ouders gaan scheiden.', 'Hoe stop ik met blowen?', 'Ik ben doodmoe van de toetsen.',
      'Mijn hond is dood gegaan.', 'Hoe vertel ik dat ik op jongens val?', 'De leraar slaat geen acht op mij.', '',
    ]) expect(mentionsCrisis(t), t).toBe(false);
  });
});

describe('the queue', () => {
  const now = new Date('2026-12-02T10:00:00Z');
  it('says how long someone waits', () => {
    expect(formatWaiting('2026-12-02T09:59:30Z', now)).toBe('net');
    expect(formatWaiting('2026-12-02T09:59:00Z', now)).toBe('1 minuut');
    expect(formatWaiting('2026-12-02T09:15:00Z', now)).toBe('45 minuten');
    expect(formatWaiting('2026-12-02T05:00:00Z', now)).toBe('5 uur');
    expect(formatWaiting('2026-12-01T09:00:00Z', now)).toBe('1 dag');
    expect(formatWaiting('2026-11-28T09:00:00Z', now)).toBe('4 dagen');
  });
  it('a claim holds until its end, not after', () => {
    const c = { claimedBy: 'u1', claimedName: 'Sanne', claimedUntil: '2026-12-02T10:15:00.000Z' };
    expect(liveClaim(c, now)).toEqual({ id: 'u1', name: 'Sanne', until: c.claimedUntil });
    expect(liveClaim(c, new Date('2026-12-02T10:15:00Z'))).toBeUndefined();
    expect(liveClaim({}, now)).toBeUndefined();
  });
  it('median and minutes in words', () => {
    expect(median([])).toBeUndefined();
    expect(median([30, 120, 1440])).toBe(120);
    expect(median([10, 20, 30, 40])).toBe(25);
    expect(formatMinutes(45)).toBe('45 minuten');
    expect(formatMinutes(200)).toBe('3 uur en 20 minuten');
    expect(formatMinutes(120)).toBe('2 uur');
    expect(formatMinutes(3120)).toBe('2 dagen en 4 uur');
  });
});

describe('a conversation is deleted', () => {
  const rules = { answeredDays: 30, staleDays: 60 };
  const at = new Date('2026-12-02T10:00:00Z');
  it('60 days after the youngster wrote last while waiting for the CJG, 30 after the CJG answered or closed', () => {
    expect(conversationDeleteAt({ at, waitingForCjg: true }, rules).toISOString()).toBe('2027-01-31T10:00:00.000Z');
    expect(conversationDeleteAt({ at, waitingForCjg: false }, rules).toISOString()).toBe('2027-01-01T10:00:00.000Z');
  });
});
