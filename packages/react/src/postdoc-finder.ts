// Generated from @hbrs/widgets/custom-elements.json by scripts/generate.mjs. Do not edit.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { HbrsEvent } from '@hbrs/core';
import { HbrsPostdocFinder as Element } from '@hbrs/widgets/postdoc-finder';
import '@hbrs/widgets/postdoc-finder/define';

/**
 * `<hbrs-postdoc-finder>` as a React component: Search Hubei postdoc programmes by discipline, host, city and type, with details and comparison. Properties of the
 * element are props; events are `onHbrsError`, `onHbrsLoad`, `onHbrsPostdocCompare`, `onHbrsPostdocSearch`, `onHbrsPostdocSelect`, `onHbrsRetry`.
 */
export const HbrsPostdocFinder = createComponent({
  tagName: 'hbrs-postdoc-finder',
  elementClass: Element,
  react: React,
  events: {
    onHbrsError: 'hbrs-error' as EventName<HbrsEvent<'hbrs-error'>>,
    onHbrsLoad: 'hbrs-load' as EventName<HbrsEvent<'hbrs-load'>>,
    onHbrsPostdocCompare: 'hbrs-postdoc-compare' as EventName<HbrsEvent<'hbrs-postdoc-compare'>>,
    onHbrsPostdocSearch: 'hbrs-postdoc-search' as EventName<HbrsEvent<'hbrs-postdoc-search'>>,
    onHbrsPostdocSelect: 'hbrs-postdoc-select' as EventName<HbrsEvent<'hbrs-postdoc-select'>>,
    onHbrsRetry: 'hbrs-retry' as EventName<HbrsEvent<'hbrs-retry'>>,
  },
  displayName: 'HbrsPostdocFinder',
});

/** The props of {@link HbrsPostdocFinder}. */
export type HbrsPostdocFinderProps = React.ComponentProps<typeof HbrsPostdocFinder>;
