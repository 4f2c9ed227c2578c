import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import LZString from 'lz-string';
import { quizHash } from '../../../src/lib/quiz/quiz-session';
import {
  decodeTransfer,
  encodeTransfer,
  isTransfer,
  MAX_TRANSFER_LENGTH,
} from '../../../src/lib/progress/transfer-link';
import { emptyProgress, type Attempt, type Progress } from '../../../src/lib/progress/progress-schema';
import { recordArb } from './arbitrary-record';
import { exerciseAttempt } from './exercise-fixtures';

const records = recordArb({ name: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== '') });
const code = (r: Progress) => {
  const encoded = encodeTransfer(r);
  if (!encoded.ok) throw new Error('too large');
  return `#${encoded.fragment}`;
};

describe('moving the record in a link', () => {
  it('brings back the same record, and is recognised as a transfer link', () => {
    fc.assert(
      fc.property(records, (record) => {
        const hash = code(record);
        expect(isTransfer(hash)).toBe(true);
        const decoded = decodeTransfer(hash);
        expect(decoded.ok && decoded.record).toEqual(record);
        expect(decoded.ok && decoded.partial).toBe(false);
      }),
    );
  });

  it('survives a chat app percent-encoding the fragment, once or twice', () => {
    fc.assert(
      fc.property(records, fc.constantFrom(1, 2), (record, times) => {
        let hash = code(record).slice(1);
        for (let i = 0; i < times; i++) hash = encodeURIComponent(hash);
        expect(isTransfer(`#${hash}`)).toBe(true);
        expect(decodeTransfer(`#${hash}`)).toMatchObject({ ok: true, record });
      }),
    );
  });

  it('refuses a link cut short or changed, and never throws', () => {
    fc.assert(
      fc.property(records, fc.nat(), fc.constantFrom('cut', 'change'), (record, at, how) => {
        const hash = code(record);
        const i = 12 + (at % (hash.length - 12));
        const bad =
          how === 'cut' ? hash.slice(0, i) : `${hash.slice(0, i)}${hash[i] === 'A' ? 'B' : 'A'}${hash.slice(i + 1)}`;
        const decoded = decodeTransfer(bad);
        // A change lz-string reads the same way back is no damage; anything else is refused as damaged.
        if (decoded.ok) expect(decoded.record).toEqual(record);
        else expect(decoded.reason).toBe('damaged');
      }),
    );
  });

  it('leaves unfinished quizzes behind: they resume only where they were started', () => {
    const record: Progress = {
      ...emptyProgress(),
      modules: { 'c1/m1': { visits: 1, attempts: [] } },
      inProgress: {
        'c1/m1': { machineVersion: 1, quizHash: 'abc', savedAt: '2026-01-01T00:00:00.000Z', snapshot: { x: 1 } },
      } as unknown as Progress['inProgress'],
    };
    const decoded = decodeTransfer(code(record));
    expect(decoded.ok && decoded.record.inProgress).toEqual({});
  });

  it('says a record from a newer site version is newer, and an empty one holds nothing', () => {
    const newer = JSON.stringify({
      ...emptyProgress(),
      version: 99,
      modules: { 'c1/m1': { visits: 1, attempts: [] } },
    });
    const newerLink = `#progress=v99.${quizHash(newer)}.${LZString.compressToEncodedURIComponent(newer)}`;
    expect(decodeTransfer(newerLink)).toEqual({ ok: false, reason: 'newer-version' });
    const sameVersionNewerRecord = `#progress=v2.${quizHash(newer)}.${LZString.compressToEncodedURIComponent(newer)}`;
    expect(decodeTransfer(sameVersionNewerRecord)).toEqual({ ok: false, reason: 'newer-version' });
    expect(decodeTransfer(code(emptyProgress()))).toEqual({ ok: false, reason: 'nothing-usable' });
    expect(decodeTransfer('#progress=')).toEqual({ ok: false, reason: 'damaged' });
    expect(isTransfer('#p=v1.abc.def')).toBe(false);
  });

  it('keeps the good attempts of a record with one bad attempt, and says it is partial', () => {
    const raw = JSON.stringify({
      version: 2,
      modules: {
        'c1/m1': {
          visits: 1,
          attempts: [
            {
              id: 'attempt-good-xxxxxxxx',
              at: '2026-01-01T00:00:00.000Z',
              lang: 'vi',
              correct: 1,
              total: 1,
              percent: 100,
              passed: true,
              answers: {},
            },
            { id: 'bad', percent: 'lots' },
          ],
        },
      },
      inProgress: {},
      paths: {},
    });
    const decoded = decodeTransfer(`#progress=v2.${quizHash(raw)}.${LZString.compressToEncodedURIComponent(raw)}`);
    expect(decoded).toMatchObject({ ok: true, partial: true });
    expect(decoded.ok && decoded.record.modules['c1/m1']!.attempts.map((a) => a.id)).toEqual(['attempt-good-xxxxxxxx']);
  });

  it('tells a record too large for a link, with its length, so the page can offer the backup file', () => {
    const many: Attempt[] = Array.from({ length: 400 }, (_, i) => ({
      id: `${i.toString(36)}-${quizHash(String(i))}-${quizHash(String(i * 7))}`,
      at: new Date(Date.UTC(2026, 0, 1) + i * 61_000).toISOString(),
      lang: 'vi',
      correct: i % 8,
      total: 8,
      percent: Math.round(((i % 8) / 8) * 100),
      passed: i % 8 > 6,
      answers: { [`q${i}`]: { type: 'single', choice: quizHash(String(i)) } },
    }));
    const big = { ...emptyProgress(), modules: { 'c1/m1': { visits: 400, attempts: many } } };
    const encoded = encodeTransfer(big);
    expect(encoded).toMatchObject({ ok: false, reason: 'too-large' });
    expect(!encoded.ok && encoded.length).toBeGreaterThan(MAX_TRANSFER_LENGTH);
  });

  it('carries exercise attempts: a record holding only an exercise attempt arrives with it', () => {
    const tried = exerciseAttempt(75, { kind: 'risk-matrix', missed: ['flood'], response: ['flood:3x4:reduce'] });
    const record: Progress = {
      ...emptyProgress(),
      modules: {
        'c1/data-to-decision': { visits: 1, attempts: [], exercises: { 'rank-risks': { attempts: [tried] } } },
      },
    };
    const decoded = decodeTransfer(code(record));
    expect(decoded.ok && decoded.record.modules['c1/data-to-decision']?.exercises).toEqual({
      'rank-risks': { attempts: [tried] },
    });
  });
});
