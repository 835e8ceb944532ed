import type zhCN from './stale.zh-CN.js';

/** Texts of the last-good-copy notice (en), typed against zh-CN. */
const en: typeof zhCN = {
  staleNotice: 'Data as of {date}; the data source cannot be reached right now',
};
export default en;
