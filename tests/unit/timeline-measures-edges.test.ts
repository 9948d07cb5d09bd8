// The build's "today" as given on the command line, and the order plans and their measures are read in.
import { describe, expect, it } from 'vitest';
import { calendarToday } from '../../src/lib/ita/timeline';
import { measuresForIndicator, orderPlans, type ResolvedPlan } from '../../src/lib/ita/measures';

const day = (s: string) => new Date(`${s}T00:00:00Z`);

describe('PRONGSAI_TODAY', () => {
  it('takes a day written YYYY-MM-DD, with spaces around it', () => {
    expect(calendarToday(new Date(0), ' 2024-09-30 ')).toEqual(day('2024-09-30'));
  });

  it('refuses anything before or after the day', () => {
    for (const wrong of ['x2024-09-30', '2024-09-30x', '12024-09-30', '2024-09-301']) {
      expect(() => calendarToday(new Date(0), wrong), wrong).toThrow(`got "${wrong}"`);
    }
  });
});

describe('the order of plans', () => {
  it('puts the current fiscal year first, whatever the order of the files, then the newest', () => {
    const orders = [
      [2566, 2567, 2568, 2569],
      [2569, 2568, 2567, 2566],
      [2568, 2566, 2569, 2567],
    ];
    for (const years of orders) {
      const plans = years.map((fiscalYear) => ({ fiscalYear }));
      expect(orderPlans(plans, day('2024-03-15')).map((p) => p.fiscalYear)).toEqual([2567, 2569, 2568, 2566]);
      expect(orderPlans(plans, day('2023-01-01')).map((p) => p.fiscalYear)).toEqual([2566, 2569, 2568, 2567]);
    }
  });

  it('lists the measures for an indicator from the plans of that assessment year only, newest plan first', () => {
    const plan = (fiscalYear: number, assessmentYear: number, slug: string) =>
      ({
        fiscalYear,
        assessmentYear,
        topics: [
          {
            number: 1,
            slug: `t${fiscalYear}`,
            title: `หัวข้อ ${fiscalYear}`,
            indicators: [{ number: 5, slug, name: 'x' }],
            measures: [{ id: `m${fiscalYear}`, text: 'มาตรการ', status: 'planned' }],
          },
        ],
      }) as unknown as ResolvedPlan;
    const plans = [plan(2567, 2566, 'a'), plan(2569, 2567, 'a'), plan(2568, 2566, 'a'), plan(2570, 2566, 'b')];
    expect(measuresForIndicator(plans, 2566, 'a').map((m) => [m.fiscalYear, m.topic.slug, m.measures[0]!.id])).toEqual([
      [2568, 't2568', 'm2568'],
      [2567, 't2567', 'm2567'],
    ]);
  });
});
