// Generated from @hbrs/widgets/custom-elements.json by scripts/generate.mjs. Do not edit.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { HbrsEvent } from '@hbrs/core';
import { HbrsPensionEstimator as Element } from '@hbrs/widgets/pension-estimator';
import '@hbrs/widgets/pension-estimator/define';

/**
 * `<hbrs-pension-estimator>` as a React component: Pension estimator: annual adjustment for retirees, and the pension at retirement for workers. Properties of the
 * element are props; events are `onHbrsError`, `onHbrsLoad`, `onHbrsPensionEstimate`, `onHbrsPensionMode`, `onHbrsRetry`.
 */
export const HbrsPensionEstimator = createComponent({
  tagName: 'hbrs-pension-estimator',
  elementClass: Element,
  react: React,
  events: {
    onHbrsError: 'hbrs-error' as EventName<HbrsEvent<'hbrs-error'>>,
    onHbrsLoad: 'hbrs-load' as EventName<HbrsEvent<'hbrs-load'>>,
    onHbrsPensionEstimate: 'hbrs-pension-estimate' as EventName<HbrsEvent<'hbrs-pension-estimate'>>,
    onHbrsPensionMode: 'hbrs-pension-mode' as EventName<HbrsEvent<'hbrs-pension-mode'>>,
    onHbrsRetry: 'hbrs-retry' as EventName<HbrsEvent<'hbrs-retry'>>,
  },
  displayName: 'HbrsPensionEstimator',
});

/** The props of {@link HbrsPensionEstimator}. */
export type HbrsPensionEstimatorProps = React.ComponentProps<typeof HbrsPensionEstimator>;
