// Compile-time checks of @hbrs/react's types (tsc runs on every build): these lines must NOT compile. If a
// `@ts-expect-error` below stops being an error, the build fails, so typed props and events cannot silently
// become `any`.
import { HbrsJobFairs } from '@hbrs/react/job-fairs';

export const checks = [
  // @ts-expect-error `hbrs-fair-open` carries { id, name }: there is no `fairId`
  <HbrsJobFairs key="a" onHbrsFairOpen={(e) => e.detail.fairId} />,
  // @ts-expect-error `date` is one of the presets, not any string
  <HbrsJobFairs key="b" date="weak" />,
  // @ts-expect-error `onHbrsLoad` detail has `count: number`
  <HbrsJobFairs key="c" onHbrsLoad={(e) => e.detail.count.toUpperCase()} />,
];
