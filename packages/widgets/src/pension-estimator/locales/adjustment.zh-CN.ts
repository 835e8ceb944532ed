/** Texts of the adjustment tab of <hbrs-pension-estimator> (zh-CN, the reference shape), loaded with the tab. */
const zhCN = {
  exampleNoticeTitle: '示例参数测算',
  exampleNotice: '调整参数并非官方公布的方案，结果仅供参考，以人社部门文件和经办机构核定为准。',
  officialRules: '官方调整方案',
  unofficialBadge: '示例 · 非官方',
  rulesOf: '{region}{year}年基本养老金调整规则',
  document: '文件：{document}',
  sourceLink: '查看文件原文',
  basis: '参照：{document}',
  basisLink: '查看通知原文',
  eligibility: '适用于 {retiredBy} 及以前退休的人员，自 {effectiveFrom} 起执行。',
  ageAsOf: '高龄倾斜的年龄计算截至 {date}。',
  nationalLevel: '供参考：全国总体调整水平为 {percent}%。',
  nationalLevelAssumed:
    '示例假定：全国总体调整水平为 {percent}%（{year}年全国通知尚未收录，沿用上一年水平）。',
  planYear: '测算哪一年的调整',
  planYearOption: '{year}年',
  planYearMissing: '{year}年（方案尚未收录）',
  fallbackExample: '{asked}年调整方案尚未收录，以下按{year}年示例参数测算。',
  fallbackOfficial: '{asked}年调整方案尚未收录，以下按{year}年方案测算。',
  noPlan: '{asked}年调整方案尚未收录，也没有更早的方案可供测算。',
  pension: '本人{month}的基本养老金',
  pensionHint: '即{year}年调整前的金额。已领到{year}年调整的，请填写{month}的金额，不要填写现在的金额。',
  years: '缴费年限（含视同缴费年限）',
  birthAdj: '出生年月',
  birthAdjHint: '用于计算高龄倾斜。',
  remote: '居住在艰苦边远地区',
  increase: '{year}年调整每月增加',
  newPension: '{year}年调整后的月基本养老金',
  partsCaption: '调整金额的构成',
  colRule: '计算方法',
  notEntered: '待公布',
  incomplete: '该规则集尚有 {count} 项参数未填写（待按官方方案填入），暂无法给出调整总额。',
  notEligible: '不在本次调整范围内：{reason}',
  announceAdjustment: '{year}年调整每月增加 {increase}，调整后 {pension}',
};
export default zhCN;

/** Message shape of the adjustment tab. */
export type AdjustmentMessages = typeof zhCN;
