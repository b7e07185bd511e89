import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app';

let t: TestApp;
let programmeId: string;
beforeEach(async () => {
  t = await createTestApp();
  programmeId = (await t.ok('programme.create', { title: 'Dates' })).id;
});
afterEach(() => t.close());

describe('dates outside the years a programme can span', () => {
  it('a start date in year 0000 (or 9999) is refused with the field named, and nothing changes', async () => {
    for (const startDate of ['0000-01-01', '0999-12-31', '9999-06-30']) {
      const before = t.app.programmes.get(programmeId);
      const error = await t.fails('framing.setPeriod', { programmeId, startDate });
      expect(error.code, startDate).toBe('invalid_input');
      expect(JSON.stringify(error.details), startDate).toContain('startDate');
      expect(t.app.programmes.get(programmeId)).toEqual(before);
    }
  });

  it('the same through a plain field edit of the framing', async () => {
    const error = await t.fails('section.update', { programmeId, section: 'framing', fields: { startDate: '0000-03-01' } });
    expect(error.code).toBe('invalid_input');
    expect(t.app.programmes.get(programmeId).framing.startDate).toBeNull();
  });

  it('ordinary dates, first and last year included, are kept', async () => {
    await t.ok('framing.setPeriod', { programmeId, startDate: '1900-01-01', endDate: '2199-12-31' });
    await t.ok('framing.setPeriod', { programmeId, startDate: '2027-01-01', endDate: '2029-12-31' });
    expect(t.app.programmes.get(programmeId).framing).toMatchObject({ startDate: '2027-01-01', endDate: '2029-12-31' });
  });
});
