import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app';

const opened: TestApp[] = [];
afterEach(() => opened.splice(0).forEach((a) => a.close()));
const app = async () => {
  const t = await createTestApp();
  opened.push(t);
  return t;
};

describe('the example programme through archives', () => {
  it('round trip gives a deep-equal snapshot; edits on both sides across steps merge without conflict', async () => {
    const dept = await app();
    const partner = await app();
    const { id } = await dept.ok('programme.createDemo', {});
    const first = await dept.ok('archive.export', { programmeId: id });
    expect(first.size).toBeLessThan(1_000_000);
    await partner.ok('archive.import', { base64: first.base64 });
    const original = (await dept.ok('programme.get', { programmeId: id })).snapshot;
    expect((await partner.ok('programme.get', { programmeId: id })).snapshot).toEqual(original);

    // Partner: rewrites a risk and deletes a workshop. Département: reorders stakeholders and edits a budget line.
    const risk = original.risks[0]!;
    const workshop = original.workshops[0]!;
    await partner.ok('entity.update', { programmeId: id, collection: 'risks', id: risk.id, fields: { mitigation: `${risk.mitigation}\nMesure ajoutée par le partenaire.` } });
    await partner.ok('entity.remove', { programmeId: id, collection: 'workshops', id: workshop.id });
    const last = original.stakeholders[original.stakeholders.length - 1]!;
    await dept.ok('entity.move', { programmeId: id, collection: 'stakeholders', id: last.id, index: 0 });
    const line = original.budgetLines[0]!;
    await dept.ok('entity.update', { programmeId: id, collection: 'budgetLines', id: line.id, fields: { label: `${line.label} (révisé)` } });

    const back = await partner.ok('archive.export', { programmeId: id });
    const result = await dept.ok('archive.import', { base64: back.base64 });
    expect(result).toMatchObject({ status: 'imported', mode: 'merged' });
    const merged = (await dept.ok('programme.get', { programmeId: id })).snapshot;
    expect(merged.risks.find((r) => r.id === risk.id)!.mitigation).toContain('Mesure ajoutée par le partenaire.');
    expect(merged.workshops.some((w) => w.id === workshop.id)).toBe(false);
    expect(merged.stakeholders[0]!.id).toBe(last.id);
    expect(merged.budgetLines.find((l) => l.id === line.id)!.label).toBe(`${line.label} (révisé)`);
  });
});
