/** Texts of <hbrs-pension-estimator> (zh-CN, the reference shape). */
const zhCN = {
  title: '养老金测算',
  tablist: '测算类型',
  tabAdjustment: '养老金调整（已退休）',
  tabRetirement: '退休时养老金（在职）',
  rulesUnsafeUrl: '规则文件地址无效：只接受 http 或 https 地址。',
  perMonth: '元/月',
  yuan: '元',
  yearsUnit: '年',
  birthYear: '出生年份',
  birthMonth: '出生月份',
  choose: '请选择',
  month: '{m}月',
  colPart: '项目',
  colAmount: '金额（元/月）',
  emptyTitle: '还没有测算结果',
  emptyBody: '请把上面的内容填写完整，结果会马上显示在这里。',
  useExample: '填入示例数值',
  computeError: '无法测算：{message}',
  glossary: '名词解释',
  helpFor: '什么是{term}？',
  close: '关闭',
  termBase: '计发基数',
  defBase:
    '计算基础养老金时使用的当地月平均工资标准，由各地每年公布。湖北按市州分别确定，例如武汉2025年为9112元。',
  termIndex: '缴费指数',
  defIndex:
    '本人每年的缴费基数除以当年当地的缴费基数标准（平均工资），再按缴费年限求平均。按平均工资缴费时指数为1，按60%缴费时为0.6。',
  termMonths: '计发月数',
  defMonths:
    '个人账户储存额除以这个月数，就是每月的个人账户养老金。它由退休年龄决定，例如60岁为139个月，55岁为170个月。',
  termDeemed: '视同缴费年限',
  defDeemed:
    '建立个人账户（湖北为1996年1月）以前，国家规定计算的连续工龄，视同已经缴费的年限，计入累计缴费年限，并据此计发过渡性养老金。',
};
export default zhCN;
