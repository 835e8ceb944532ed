/** Texts of the adjustment tab of <hbrs-pension-estimator> (zh-CN, the reference shape), loaded with the tab. */
const zhCN = {
  exampleNoticeTitle: '示例参数测算',
  exampleNotice: '调整参数并非官方公布的方案，结果仅供参考，以人社部门文件和经办机构核定为准。',
  officialRules: '官方调整方案',
  rulesOf: '{region}{year}年基本养老金调整规则',
  document: '文件：{document}',
  sourceLink: '查看文件原文',
  eligibility: '适用于 {retiredBy} 及以前退休的人员，自 {effectiveFrom} 起执行。',
  ageAsOf: '高龄倾斜的年龄计算截至 {date}。',
  nationalLevel: '供参考：全国总体调整水平为 {percent}%。',
  pension: '本人当前月基本养老金',
  years: '缴费年限（含视同缴费年限）',
  birthAdjHint: '用于计算高龄倾斜。',
  remote: '居住在艰苦边远地区',
  increase: '每月增加',
  newPension: '调整后月基本养老金',
  partsCaption: '调整金额的构成',
  colRule: '计算方法',
  notEntered: '待公布',
  incomplete: '该规则集尚有 {count} 项参数未填写（待按官方方案填入），暂无法给出调整总额。',
  notEligible: '不在本次调整范围内：{reason}',
  announceAdjustment: '每月增加 {increase}，调整后 {pension}',
};
export default zhCN;

/** Message shape of the adjustment tab. */
export type AdjustmentMessages = typeof zhCN;
