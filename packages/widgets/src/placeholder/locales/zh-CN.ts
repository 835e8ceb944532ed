/** Texts of <hbrs-placeholder> (zh-CN, the reference shape). */
const zhCN = {
  title: '湖北人社服务组件',
  body: '本组件用于验证构建、测试与发布流程。招聘会、养老金测算、退休年龄、博士后与服务网点地图组件即将上线。',
  emptyMessage: '没有符合条件的内容。',
  errorMessage: '示例错误：无法连接到数据服务。',
};
export default zhCN;
