// A city portal page in React: the job fairs of Wuhan and the retirement-age calculator, with React state fed by
// the widgets' typed events (`e.detail` is typed from HbrsEventMap: a typo in a field name does not compile).
import { useState } from 'react';
// One module per widget: a page registers (and downloads) only the widgets it imports.
import { HbrsJobFairs } from '@hbrs/react/job-fairs';
import { HbrsRetirementAge } from '@hbrs/react/retirement-age';

export function App() {
  const [loaded, setLoaded] = useState<number | undefined>(undefined);
  const [opened, setOpened] = useState<string | undefined>(undefined);
  const [division, setDivision] = useState('420100');
  return (
    <main>
      <h1>武汉市人社服务</h1>
      <p>
        <label>
          市州{' '}
          <select id="division" value={division} onChange={(e) => setDivision(e.target.value)}>
            <option value="420100">武汉市</option>
            <option value="420600">襄阳市</option>
          </select>
        </label>
      </p>
      <p id="status" role="status">
        {loaded === undefined ? '加载中…' : `共 ${loaded} 场招聘会`}
        {opened ? `，已打开 ${opened}` : ''}
      </p>
      <HbrsJobFairs
        division={division}
        date="upcoming"
        onHbrsLoad={(e) => setLoaded(e.detail.count)}
        onHbrsFairOpen={(e) => setOpened(e.detail.id)}
      />
      <HbrsRetirementAge />
    </main>
  );
}
