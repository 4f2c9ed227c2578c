import { describe, expect, it } from 'vitest';
import { findScormApi } from '../../../src/lib/scorm/find-api';
import { lmsReport, scormTimespan } from '../../../src/lib/scorm/lms-status';

const api = () => ({
  LMSInitialize: () => 'true',
  LMSFinish: () => 'true',
  LMSGetValue: () => '',
  LMSSetValue: () => 'true',
  LMSCommit: () => 'true',
  LMSGetLastError: () => '0',
});
const attempt = (percent: number, passed: boolean) => ({
  id: `a-${percent}-${passed}`,
  at: '2026-12-01T08:00:00.000Z',
  lang: 'vi' as const,
  correct: 1,
  total: 1,
  percent,
  passed,
  answers: {},
});

describe('finding the LMS', () => {
  it('finds the API in a parent frame a few levels up', () => {
    const lms = api();
    const top: Record<string, unknown> = { API: lms };
    top.parent = top;
    const middle = { parent: top };
    const content = { parent: middle };
    expect(findScormApi(content)).toBe(lms);
  });

  it('finds it in the opener when the LMS opened a new window', () => {
    const lms = api();
    const opener: Record<string, unknown> = { API: lms };
    opener.parent = opener;
    const win: Record<string, unknown> = { opener };
    win.parent = win;
    expect(findScormApi(win)).toBe(lms);
  });

  it('finds nothing without an LMS, or behind a frame of another origin, or in an object that is not the API', () => {
    const alone: Record<string, unknown> = {};
    alone.parent = alone;
    expect(findScormApi(alone)).toBeUndefined();
    const foreign = {
      get parent(): never {
        throw new DOMException('cross-origin', 'SecurityError');
      },
    };
    expect(findScormApi(foreign)).toBeUndefined();
    const fake: Record<string, unknown> = { API: { LMSInitialize: 'yes' } };
    fake.parent = fake;
    expect(findScormApi(fake)).toBeUndefined();
  });

  it('stops after seven levels of frames', () => {
    const lms = api();
    let win: Record<string, unknown> = { API: lms };
    win.parent = win;
    for (let i = 0; i < 9; i++) win = { parent: win };
    expect(findScormApi(win)).toBeUndefined();
  });
});

describe('what the LMS is told of a module', () => {
  it('is incomplete before any attempt, with no score', () => {
    expect(lmsReport(undefined)).toEqual({ status: 'incomplete' });
    expect(lmsReport({ visits: 2, attempts: [] })).toEqual({ status: 'incomplete' });
  });

  it('is failed while every attempt failed, passed once complete, with the best score', () => {
    expect(lmsReport({ visits: 1, attempts: [attempt(50, false), attempt(63, false)] })).toEqual({
      status: 'failed',
      score: 63,
    });
    const done = {
      visits: 1,
      attempts: [attempt(50, false), attempt(88, true)],
      completedAt: '2026-12-01T08:00:00.000Z',
    };
    expect(lmsReport(done)).toEqual({ status: 'passed', score: 88 });
  });

  it('is incomplete when the quiz passed but an exercise that counts has not', () => {
    expect(lmsReport({ visits: 1, attempts: [attempt(90, true)] })).toEqual({ status: 'incomplete', score: 90 });
  });

  it('writes session time as SCORM 1.2 timespans', () => {
    expect(scormTimespan(0)).toBe('0000:00:00.00');
    expect(scormTimespan(3_723_450)).toBe('0001:02:03.45');
    expect(scormTimespan(-5)).toBe('0000:00:00.00');
  });
});
