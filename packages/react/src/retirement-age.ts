// Generated from @hbrs/widgets/custom-elements.json by scripts/generate.mjs. Do not edit.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { HbrsEvent } from '@hbrs/core';
import { HbrsRetirementAge as Element } from '@hbrs/widgets/retirement-age';
import '@hbrs/widgets/retirement-age/define';

/**
 * `<hbrs-retirement-age>` as a React component: Statutory retirement age, month, delay, minimum contribution and flexible bounds after the 2025 reform. Properties of the
 * element are props; events are `onHbrsRetirementChange`, `onHbrsRetirementExplain`.
 */
export const HbrsRetirementAge = createComponent({
  tagName: 'hbrs-retirement-age',
  elementClass: Element,
  react: React,
  events: {
    onHbrsRetirementChange: 'hbrs-retirement-change' as EventName<HbrsEvent<'hbrs-retirement-change'>>,
    onHbrsRetirementExplain: 'hbrs-retirement-explain' as EventName<HbrsEvent<'hbrs-retirement-explain'>>,
  },
  displayName: 'HbrsRetirementAge',
});

/** The props of {@link HbrsRetirementAge}. */
export type HbrsRetirementAgeProps = React.ComponentProps<typeof HbrsRetirementAge>;
