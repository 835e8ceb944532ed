// Generated from @hbrs/widgets/custom-elements.json by scripts/generate.mjs. Do not edit.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { HbrsEvent } from '@hbrs/core';
import { HbrsJobFairs as Element } from '@hbrs/widgets/job-fairs';
import '@hbrs/widgets/job-fairs/define';

/**
 * `<hbrs-job-fairs>` as a React component: Hubei job fairs: filters, virtualised list, month view and detail with .ics export. Properties of the
 * element are props; events are `onHbrsError`, `onHbrsFairCalendar`, `onHbrsFairClose`, `onHbrsFairOpen`, `onHbrsFairShare`, `onHbrsFilterChange`, `onHbrsLoad`, `onHbrsRetry`, `onHbrsViewChange`.
 */
export const HbrsJobFairs = createComponent({
  tagName: 'hbrs-job-fairs',
  elementClass: Element,
  react: React,
  events: {
    onHbrsError: 'hbrs-error' as EventName<HbrsEvent<'hbrs-error'>>,
    onHbrsFairCalendar: 'hbrs-fair-calendar' as EventName<HbrsEvent<'hbrs-fair-calendar'>>,
    onHbrsFairClose: 'hbrs-fair-close' as EventName<HbrsEvent<'hbrs-fair-close'>>,
    onHbrsFairOpen: 'hbrs-fair-open' as EventName<HbrsEvent<'hbrs-fair-open'>>,
    onHbrsFairShare: 'hbrs-fair-share' as EventName<HbrsEvent<'hbrs-fair-share'>>,
    onHbrsFilterChange: 'hbrs-filter-change' as EventName<HbrsEvent<'hbrs-filter-change'>>,
    onHbrsLoad: 'hbrs-load' as EventName<HbrsEvent<'hbrs-load'>>,
    onHbrsRetry: 'hbrs-retry' as EventName<HbrsEvent<'hbrs-retry'>>,
    onHbrsViewChange: 'hbrs-view-change' as EventName<HbrsEvent<'hbrs-view-change'>>,
  },
  displayName: 'HbrsJobFairs',
});

/** The props of {@link HbrsJobFairs}. */
export type HbrsJobFairsProps = React.ComponentProps<typeof HbrsJobFairs>;
