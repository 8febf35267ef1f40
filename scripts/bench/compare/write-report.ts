// Writes a run's JSON, Markdown and SVG under the output folder (bench-results/ by default,
// git-ignored but for its README): one set named by the run's start, and latest.* beside them.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { renderMarkdown } from './render-markdown';
import { renderSvg } from './render-svg';
import type { CompareReport } from './report';

export function writeReport(root: string, out: string, report: CompareReport): { json: string; markdown: string; svg: string } {
  const dir = resolve(root, out);
  mkdirSync(dir, { recursive: true });
  const stamp = report.startedAt.replace(/[:.]/g, '-');
  const files = { json: join(dir, `compare-${stamp}.json`), markdown: join(dir, `compare-${stamp}.md`), svg: join(dir, `compare-${stamp}.svg`) };
  writeFileSync(files.json, `${JSON.stringify(report, null, 2)}\n`);
  // The Markdown shows the chart beside it when both sit in one folder.
  writeFileSync(files.markdown, `${renderMarkdown(report)}\n![chart](compare-${stamp}.svg)\n`);
  writeFileSync(files.svg, renderSvg(report));
  copyFileSync(files.json, join(dir, 'latest.json'));
  writeFileSync(join(dir, 'latest.md'), `${renderMarkdown(report)}\n![chart](latest.svg)\n`);
  copyFileSync(files.svg, join(dir, 'latest.svg'));
  return files;
}
