/** Shared texts (zh-CN): state views and the sample-data notice. */
const zhCN = {
  loading: '正在加载…',
  emptyTitle: '没有找到结果',
  emptyAction: '清除筛选条件',
  errorTitle: '暂时无法加载数据',
  retry: '重试',
  sampleNoticeTitle: '示例数据',
  sampleNotice: '当前显示的是示例数据，仅用于演示，并非官方发布的信息。',
  errorNetwork: '无法连接到数据服务，请检查网络后重试。',
  errorCrossOrigin: '数据服务无法连接，或不允许本网站读取（跨域）。请检查网络或联系网站管理员。',
  errorTimeout: '数据服务响应超时，请稍后重试。',
  errorHttp: '数据服务返回了错误',
  errorInvalidData: '收到的数据格式不正确，无法显示。',
  errorNotFound: '没有找到所需的数据。',
  errorUnknown: '发生了意外错误，请稍后重试。',
  inputEmpty: '请填写此项。',
  inputNotANumber: '请输入数字。',
  inputNegative: '不能为负数。',
  inputNotInteger: '请输入整数。',
  inputTooSmall: '数值过小，最小为 {min}。',
  inputTooLarge: '数值过大，最大为 {max}。',
};
export default zhCN;
