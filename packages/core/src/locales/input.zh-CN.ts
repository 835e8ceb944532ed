/** Messages of a rejected number input (zh-CN, the reference shape; see `parseNumberInput`). */
const zhCN = {
  inputEmpty: '请填写此项。',
  inputNotANumber: '请输入数字。',
  inputDecimalComma: '小数请用小数点，如 15.5（逗号只用于千位分隔）。',
  inputNegative: '不能为负数。',
  inputNotPositive: '必须大于 0。',
  inputNotInteger: '请输入整数。',
  inputTooSmall: '数值过小，最小为 {min}。',
  inputTooLarge: '数值过大，最大为 {max}。',
};
export default zhCN;
