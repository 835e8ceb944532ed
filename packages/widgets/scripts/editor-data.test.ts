// The editor help shipped in @hbrs/widgets (VS Code custom data, web-types, JSX types) is current and complete:
// what `pnpm build` wrote equals what the manifest gives now, every public element and attribute is in it, and
// literal types are offered as values.
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
// @ts-expect-error plain JavaScript module without types
import { editorFiles, publicElements } from './editor-data.mjs';

const pkg = fileURLToPath(new URL('../', import.meta.url));
const read = (rel: string): string => readFileSync(`${pkg}${rel}`, 'utf8');

interface Attr {
  name: string;
  values?: { name: string }[];
}
interface Tag {
  name: string;
  attributes: Attr[];
}

describe('editor help generated from custom-elements.json', () => {
  const files = editorFiles() as Record<string, string>;
  const manifest = JSON.parse(read('custom-elements.json'));
  const elements = publicElements(manifest) as { tagName: string; attributes?: { name: string }[] }[];

  it('is what the build wrote (regenerate with pnpm build when this fails)', () => {
    for (const [rel, text] of Object.entries(files)) expect(read(rel), rel).to.equal(text);
  });

  it('names every public element and attribute, and no internal sub-element', () => {
    const vscode = JSON.parse(files['dist/editor/vscode.html-custom-data.json']!) as { tags: Tag[] };
    const web = JSON.parse(files['dist/editor/web-types.json']!);
    const tags = elements.map((e) => e.tagName);
    expect(tags).to.include.members([
      'hbrs-job-fairs',
      'hbrs-pension-estimator',
      'hbrs-postdoc-finder',
      'hbrs-retirement-age',
      'hbrs-service-map',
    ]);
    expect(vscode.tags.map((t) => t.name)).to.deep.equal(tags);
    expect(web.contributions.html.elements.map((t: { name: string }) => t.name)).to.deep.equal(tags);
    expect(JSON.stringify(vscode)).not.to.match(/hbrs-job-fair-detail|hbrs-postdoc-compare/);
    for (const e of elements) {
      const tag = vscode.tags.find((t) => t.name === e.tagName)!;
      expect(
        tag.attributes.map((a) => a.name),
        e.tagName,
      ).to.deep.equal((e.attributes ?? []).map((a) => a.name));
      expect(files['dist/jsx.d.ts']).to.contain(`'${e.tagName}': Element<`);
    }
  });

  it('offers the values of literal types, also behind aliases (date presets, themes, loading)', () => {
    const vscode = JSON.parse(files['dist/editor/vscode.html-custom-data.json']!) as { tags: Tag[] };
    const attr = (tag: string, name: string) =>
      vscode.tags.find((t) => t.name === tag)!.attributes.find((a) => a.name === name)!;
    expect(attr('hbrs-job-fairs', 'date').values!.map((v) => v.name)).to.include.members([
      'upcoming',
      'custom',
    ]);
    expect(attr('hbrs-job-fairs', 'loading').values!.map((v) => v.name)).to.deep.equal(['lazy', 'eager']);
    const themes = attr('hbrs-retirement-age', 'theme').values!.map((v) => v.name);
    expect(themes).to.include.members(['default', 'wuhan']);
    expect(attr('hbrs-job-fairs', 'sync-url').values).to.equal(undefined);
    expect(files['dist/jsx.d.ts']).to.match(/'loading'\?: "lazy" \| "eager";/);
  });
});
