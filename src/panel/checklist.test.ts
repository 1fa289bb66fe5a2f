import { describe, expect, it } from 'vitest';
import { findScenario, SCENARIOS } from '../letters/catalogue';
import { customScenario } from '../storage/effective-letters';
import { checklist, CHECKLIST_ITEMS, saysSomething, toggled } from './checklist';

const ending = findScenario('end-general')!;
const done = (items: ReturnType<typeof checklist>) => Object.fromEntries((items ?? []).map((item) => [item.id, item.done]));

describe('the ending checklist', () => {
  it('lists all seven items for every built-in ending situation and nothing for the others', () => {
    for (const scenario of SCENARIOS) {
      const items = checklist(scenario, {}, new Set());
      if (scenario.group === 'ending') expect(items?.map((item) => item.id), scenario.id).toEqual(CHECKLIST_ITEMS.map((item) => item.id));
      else expect(items, scenario.id).toBeNull();
    }
  });

  it('marks an item done when one of its fields says something', () => {
    const items = checklist(ending, { effectiveDate: '2025-03-15', noticeDays: '', contractEndDate: '2025-04-01', handover: ' ', returnMaterials: true, rightsOnPayment: false }, new Set());
    expect(done(items)).toEqual({ effectiveDate: true, notice: true, outstanding: false, handover: false, materials: true, rights: false, confidentiality: false });
  });

  it('counts a list with an item and a handover date as a handover', () => {
    expect(done(checklist(ending, { handover: ['Files'] }, new Set())).handover).toBe(true);
    expect(done(checklist(ending, { handoverDate: '2025-03-20' }, new Set())).handover).toBe(true);
  });

  it('marks an item done when the user said it is not needed, and says so', () => {
    const items = checklist(ending, { confidentiality: true }, new Set(['outstanding', 'confidentiality']))!;
    expect(items.find((item) => item.id === 'outstanding')).toMatchObject({ done: true, notNeeded: true });
    // A field that says something wins: it is done, not skipped.
    expect(items.find((item) => item.id === 'confidentiality')).toMatchObject({ done: true, notNeeded: false });
  });

  it('leaves out items whose fields an own situation dropped', () => {
    const own = customScenario({ id: 'custom-short', name: 'Short', baseId: 'end-general', fieldIds: ['clientName', 'effectiveDate', 'handoverDate'], letters: {} })!;
    expect(checklist(own, {}, new Set())?.map((item) => [item.id, item.fields])).toEqual([
      ['effectiveDate', ['effectiveDate']],
      ['handover', ['handoverDate']],
    ]);
  });

  it('knows when a field says something', () => {
    expect([saysSomething(''), saysSomething('  '), saysSomething('x'), saysSomething(false), saysSomething(true), saysSomething([]), saysSomething(['', 'a']), saysSomething(undefined)]).toEqual([false, false, true, false, true, false, true, false]);
  });

  it('toggles a tick without changing the set it was given', () => {
    const before = new Set(['rights']);
    expect([...toggled(before, 'materials', true)]).toEqual(['rights', 'materials']);
    expect([...toggled(before, 'rights', false)]).toEqual([]);
    expect([...before]).toEqual(['rights']);
  });
});
