/** Texts of the last-good-copy notice (zh-CN), loaded with it. */
const zhCN = {
  /** The data shown is the last good copy, fetched at `{date}`; the data source cannot be reached. */
  staleNotice: '数据更新于 {date}，暂无法连接数据源',
};
export default zhCN;
