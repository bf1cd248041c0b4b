import { expect } from '@open-wc/testing';
import {
  OT_ACCESS_METHODS,
  OT_ASSISTANCE_LEVELS,
  OT_DEFAULT_SESSION_PHASES,
  OT_END_REASONS,
  OT_GAS_LEVELS,
  OT_GOAL_LIFECYCLES,
  OT_GOAL_SESSION_STATUSES,
  OT_NOTE_STATUSES,
  OT_PAUSE_REASONS,
  OT_PERIODS,
  OT_PROMPT_TYPES,
  OT_SCHEDULE_KINDS,
  OT_SERVICE_DELIVERY_MODELS,
  OT_SERVICE_LOG_STATUSES,
  OT_SESSION_EVENT_TYPES,
  OT_SESSION_PHASE_IDS,
  OT_STEP_STATES,
  OT_ID_PATTERN,
  sessionEventSchema,
  toJsonSchema,
} from '@otkit/sdk';

describe('enumerations', () => {
  const lists = {
    OT_ACCESS_METHODS,
    OT_ASSISTANCE_LEVELS,
    OT_END_REASONS,
    OT_GAS_LEVELS,
    OT_GOAL_LIFECYCLES,
    OT_GOAL_SESSION_STATUSES,
    OT_NOTE_STATUSES,
    OT_PAUSE_REASONS,
    OT_PERIODS,
    OT_PROMPT_TYPES,
    OT_SCHEDULE_KINDS,
    OT_SERVICE_DELIVERY_MODELS,
    OT_SERVICE_LOG_STATUSES,
    OT_SESSION_EVENT_TYPES,
    OT_SESSION_PHASE_IDS,
    OT_STEP_STATES,
  };

  it('every list is non-empty and has no repeats', () => {
    for (const [name, list] of Object.entries(lists) as [string, readonly unknown[]][]) {
      expect(list.length, name).to.be.above(1);
      expect(new Set(list).size, name).to.equal(list.length);
    }
  });

  it('levels of assistance run from most to least independent, prompts from least to most intrusive', () => {
    expect(OT_ASSISTANCE_LEVELS).to.deep.equal([
      'independent',
      'supervision',
      'minimal',
      'moderate',
      'maximal',
      'dependent',
    ]);
    expect(OT_PROMPT_TYPES[0]).to.equal('verbal');
    expect(OT_PROMPT_TYPES[OT_PROMPT_TYPES.length - 1]).to.equal('physical');
    expect(OT_GAS_LEVELS).to.deep.equal([-2, -1, 0, 1, 2]);
  });

  it('the default session phases follow the phase ids, are valid ids, and fill 60 minutes', () => {
    expect(OT_DEFAULT_SESSION_PHASES.map((p) => p.id)).to.deep.equal([...OT_SESSION_PHASE_IDS]);
    expect(OT_DEFAULT_SESSION_PHASES.reduce((sum, p) => sum + p.minutes, 0)).to.equal(60);
    for (const p of OT_DEFAULT_SESSION_PHASES) {
      expect(OT_ID_PATTERN.test(p.id)).to.equal(true);
      expect(p.minutes).to.be.above(0);
    }
  });

  it('the session event schema has exactly one variant per event type', () => {
    const variants = (toJsonSchema(sessionEventSchema).oneOf as { properties: { type: { const: string } } }[]).map(
      (v) => v.properties.type.const,
    );
    expect(variants).to.deep.equal([...OT_SESSION_EVENT_TYPES]);
  });
});
