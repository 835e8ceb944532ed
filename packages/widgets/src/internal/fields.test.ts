import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { HbrsElement, define } from '@hbrs/core';
import { expectAccessible } from '@hbrs/testing';
import { inputField, radioGroup, selectField } from './fields.js';
import { labelOf, pickLabel } from './labels.js';
import { fieldStyles, textStyles } from './shared.styles.js';

class FieldsEl extends HbrsElement {
  static override styles = [...HbrsElement.styles, textStyles, fieldStyles];
  static override properties = { mode: {}, q: {}, cat: {}, err: {} };
  mode = 'online';
  q = '';
  cat = 'b';
  err = '';
  changes: string[] = [];
  private readonly on = (e: Event) => {
    const t = e.target as HTMLInputElement;
    this.changes.push(`${t.name || t.id}=${t.value}`);
  };
  protected override render() {
    return litHtml`<div class="hbrs-root">
      <h2>标题</h2>
      <p>说明</p>
      ${selectField({
        id: 'f-mode',
        name: 'mode',
        label: '方式',
        value: this.mode,
        empty: '不限',
        options: [
          ['onsite', '现场'],
          ['online', '网络'],
        ],
        onChange: this.on,
      })}
      ${inputField({
        id: 'f-q',
        label: '关键词',
        hint: '单位名称或岗位',
        error: this.err || undefined,
        value: this.q,
        type: 'search',
        onInput: this.on,
        labelExtra: litHtml`<button type="button">?</button>`,
      })}
      ${inputField({ id: 'f-from', label: '开始日期', type: 'date', value: '', min: '2026-01-01' })}
      ${radioGroup({
        name: 'cat',
        legend: '类别',
        hint: '选择一项',
        value: this.cat,
        options: [
          ['a', '甲'],
          ['b', '乙'],
        ],
        onChange: this.on,
      })}
    </div>`;
  }
}
define('hbrs-test-fields', FieldsEl);
type El = FieldsEl & HTMLElement;

describe('shared fields', () => {
  it('label every control, tie hints and errors to it, and pass axe', async () => {
    const el = await fixture<El>(html`<hbrs-test-fields></hbrs-test-fields>`);
    const root = el.shadowRoot!;
    const select = root.querySelector<HTMLSelectElement>('#f-mode')!;
    expect(root.querySelector('label[for=f-mode]')!.textContent).to.equal('方式');
    expect([...select.options].map((o) => [o.value, o.textContent])).to.deep.equal([
      ['', '不限'],
      ['onsite', '现场'],
      ['online', '网络'],
    ]);
    expect(select.value).to.equal('online');
    expect(select.name).to.equal('mode');
    const q = root.querySelector<HTMLInputElement>('#f-q')!;
    expect(q.type).to.equal('search');
    expect(q.getAttribute('aria-describedby')).to.equal('f-q-hint');
    expect(q.hasAttribute('aria-invalid')).to.equal(false);
    expect(root.querySelector('.label-row label[for=f-q] + button')).to.exist;
    expect(root.querySelector<HTMLInputElement>('#f-from')!.min).to.equal('2026-01-01');
    const radios = root.querySelectorAll<HTMLInputElement>('fieldset input[type=radio]');
    expect([...radios].map((r) => [r.id, r.checked])).to.deep.equal([
      ['cat-a', false],
      ['cat-b', true],
    ]);
    expect(root.querySelector('fieldset')!.getAttribute('aria-describedby')).to.equal('cat-help');
    expect(root.querySelector('label[for=cat-a]')!.textContent).to.equal('甲');
    await expectAccessible(el);

    el.err = '请输入文字';
    await el.updateComplete;
    expect(q.getAttribute('aria-invalid')).to.equal('true');
    expect(q.getAttribute('aria-describedby')).to.equal('f-q-hint f-q-err');
    expect(root.querySelector('#f-q-err')!.textContent).to.equal('请输入文字');
    await expectAccessible(el);
  });

  it('pass events up to the widget', async () => {
    const el = await fixture<El>(html`<hbrs-test-fields></hbrs-test-fields>`);
    const root = el.shadowRoot!;
    const select = root.querySelector<HTMLSelectElement>('#f-mode')!;
    select.value = 'onsite';
    select.dispatchEvent(new Event('change'));
    root.querySelector<HTMLInputElement>('#cat-a')!.click();
    const q = root.querySelector<HTMLInputElement>('#f-q')!;
    q.value = '武汉';
    q.dispatchEvent(new Event('input'));
    expect(el.changes).to.deep.equal(['mode=onsite', 'cat=a', 'f-q=武汉']);
  });

  it('style headings and targets from the tokens (44 px controls)', async () => {
    const el = await fixture<El>(html`<hbrs-test-fields></hbrs-test-fields>`);
    const root = el.shadowRoot!;
    expect(root.querySelector<HTMLElement>('#f-mode')!.getBoundingClientRect().height).to.be.at.least(44);
    expect(root.querySelector<HTMLElement>('.radio')!.getBoundingClientRect().height).to.be.at.least(44);
    const h2 = getComputedStyle(root.querySelector('h2')!);
    const primary = getComputedStyle(root.querySelector('.hbrs-root')!).getPropertyValue(
      '--_hbrs-color-primary',
    );
    expect(primary.trim()).not.to.equal('');
    expect(parseFloat(h2.fontSize)).to.be.above(
      parseFloat(getComputedStyle(root.querySelector('p')!).fontSize),
    );
  });
});

describe('labels', () => {
  const TABLE = { online: { zh: '网络', en: 'Online' }, onsite: '现场' } as const;

  it('pick one label by locale, with the code when unknown', () => {
    expect(labelOf(TABLE, 'online', 'zh-CN')).to.equal('网络');
    expect(labelOf(TABLE, 'online', 'en')).to.equal('Online');
    // Chinese only: Chinese in English too, until English labels arrive.
    expect(labelOf(TABLE, 'onsite', 'en')).to.equal('现场');
    expect(labelOf(TABLE, 'onsite', 'en', { onsite: 'On site' })).to.equal('On site');
    expect(labelOf(TABLE, 'onsite', 'zh-CN', { onsite: 'On site' })).to.equal('现场');
    expect(labelOf(TABLE, 'x9', 'en')).to.equal('x9');
    expect(labelOf({}, '高校毕业生', 'en', { 高校毕业生: 'Graduates' })).to.equal('Graduates');
    for (const code of ['constructor', '__proto__', 'toString'])
      expect(labelOf(TABLE, code, 'zh-CN'), code).to.equal(code);
  });

  it('pickLabel takes a bilingual label, a Chinese one, or none', () => {
    expect(pickLabel({ zh: '周一', en: 'Mon' }, 'en')).to.equal('Mon');
    expect(pickLabel({ zh: '周一', en: '' }, 'en')).to.equal('周一');
    expect(pickLabel('周一', 'zh-CN')).to.equal('周一');
    expect(pickLabel(undefined, 'en', 'fallback')).to.equal('fallback');
  });
});
