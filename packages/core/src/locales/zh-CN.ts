/** Shared texts (zh-CN): state views and the sample-data notice. */
const zhCN = {
  loading: '正在加载…',
  emptyTitle: '没有找到结果',
  emptyAction: '清除筛选条件',
  errorTitle: '暂时无法加载数据',
  retry: '重试',
  sampleNoticeTitle: '示例数据',
  sampleNotice: '当前显示的是示例数据，仅用于演示，并非官方发布的信息。',
};
export default zhCN;
