// Service minutes in Node (issue 11): a portal's server computes the same local dates and figures as the
// browser, whatever zone the machine is in (the SDK never reads it: every zone is named). Runs against the
// built package: `npm run build` first.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { localDateOf, serviceFigures } from '@otkit/sdk';

describe('service minutes in Node', () => {
  it('takes the local date of a session in the zone it names, not the machine’s', () => {
    const at = Date.UTC(2026, 8, 21, 4, 30); // 23:30 on Sunday 20 Sep in Chicago
    assert.equal(localDateOf(at, 'America/Chicago'), '2026-09-20');
    assert.equal(localDateOf(at, -300), '2026-09-20');
    assert.equal(localDateOf(at, 'Asia/Tokyo'), '2026-09-21');
    assert.equal(localDateOf(Date.UTC(2026, 11, 31, 23, 30), 'Pacific/Kiritimati'), '2027-01-01');
  });

  it('gives the worked example’s figures', () => {
    const service = {
      id: 's',
      discipline: 'occupational therapy',
      model: 'individual',
      minutesPerSession: 30,
      sessionsPerPeriod: 2,
      period: 'week',
      startDate: '2026-09-14',
      endDate: '2026-10-09',
      createdAt: 0,
    };
    const log = (date, status = 'provided', makeUpFor) => ({
      id: date,
      serviceId: 's',
      date,
      minutes: 30,
      status,
      ...(makeUpFor ? { makeUpFor } : {}),
      createdAt: 0,
    });
    const entries = [
      log('2026-09-15'),
      log('2026-09-17'),
      log('2026-09-22'),
      log('2026-09-24', 'provider-absent'),
      log('2026-09-29'),
      log('2026-10-01', 'holiday'),
      log('2026-10-06'),
      log('2026-10-07', 'provided', '2026-09-24'),
      log('2026-10-08'),
    ];
    const f = serviceFigures(service, entries, { from: '2026-09-14', to: '2026-10-09' }, { today: '2026-10-09' });
    assert.deepEqual(
      [f.mandated, f.provided, f.notProvided, f.accounted, f.notAccounted, f.remaining, f.makeUpsOwed],
      [240, 210, 30, 240, 0, 30, 0],
    );
  });
});
