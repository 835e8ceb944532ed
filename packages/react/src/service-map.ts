// Generated from @hbrs/widgets/custom-elements.json by scripts/generate.mjs. Do not edit.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { HbrsEvent } from '@hbrs/core';
import { HbrsServiceMap as Element } from '@hbrs/widgets/service-map';
import '@hbrs/widgets/service-map/define';

/**
 * `<hbrs-service-map>` as a React component: Locator of the 4,000 social-security service points in Hubei banks, nearest first, with a map. Properties of the
 * element are props; events are `onHbrsError`, `onHbrsLoad`, `onHbrsRetry`, `onHbrsServiceMapFilter`, `onHbrsServiceMapLocate`, `onHbrsServiceMapReady`, `onHbrsServicePointSelect`.
 */
export const HbrsServiceMap = createComponent({
  tagName: 'hbrs-service-map',
  elementClass: Element,
  react: React,
  events: {
    onHbrsError: 'hbrs-error' as EventName<HbrsEvent<'hbrs-error'>>,
    onHbrsLoad: 'hbrs-load' as EventName<HbrsEvent<'hbrs-load'>>,
    onHbrsRetry: 'hbrs-retry' as EventName<HbrsEvent<'hbrs-retry'>>,
    onHbrsServiceMapFilter: 'hbrs-service-map-filter' as EventName<HbrsEvent<'hbrs-service-map-filter'>>,
    onHbrsServiceMapLocate: 'hbrs-service-map-locate' as EventName<HbrsEvent<'hbrs-service-map-locate'>>,
    onHbrsServiceMapReady: 'hbrs-service-map-ready' as EventName<HbrsEvent<'hbrs-service-map-ready'>>,
    onHbrsServicePointSelect: 'hbrs-service-point-select' as EventName<
      HbrsEvent<'hbrs-service-point-select'>
    >,
  },
  displayName: 'HbrsServiceMap',
});

/** The props of {@link HbrsServiceMap}. */
export type HbrsServiceMapProps = React.ComponentProps<typeof HbrsServiceMap>;
