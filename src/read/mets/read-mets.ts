// The reader for METS newspaper issue files: the issue's MODS (paper, date, issue numbers), the pages in
// the physical structMap with their ALTO files, and — when there is a logical structMap — which ALTO
// TextBlocks make up each article, in order. The ALTO files themselves are read by the caller, which
// decides where an href may point (never outside the package, never a URL).
import { InputError } from '../../model/index.js';
import { decodeMarkup } from '../xml/decode-markup.js';
import { attr, childElements, descendants, local, parseXml, textOf, type XmlElement } from '../xml/parse-xml.js';

export interface MetsIssue {
  paper: string | null;
  date: string | null;
  issue: number | null;
  totalIssue: number | null;
  /** Pages in physical order with the href of their ALTO file. */
  pages: { fileId: string; href: string; number: number | null }[];
  /** Per ALTO file ID: the TextBlock IDs of its articles, article after article, in logical order. */
  blocks: Map<string, string[]>;
}

const TEXT_GROUPS = /fulltext|alto|text|ocr/i;

export function readMets(bytes: Uint8Array): MetsIssue {
  const root = parseXml(decodeMarkup(bytes));
  if (local(root.name) !== 'mets') throw new InputError('not_mets', `the XML root is <${root.name}>, not <mets>`);
  const maps = descendants(root, 'structMap');
  const physical = maps.find((m) => /physical/i.test(attr(m, 'TYPE') ?? ''));
  const logical = maps.find((m) => /logical/i.test(attr(m, 'TYPE') ?? ''));
  if (!physical) throw new InputError('not_mets', 'the METS file has no physical structMap: it lists no pages');

  const hrefs = new Map<string, string>();
  for (const group of descendants(root, 'fileGrp')) {
    const text = TEXT_GROUPS.test(attr(group, 'USE') ?? '') || TEXT_GROUPS.test(attr(group, 'ID') ?? '');
    for (const file of descendants(group, 'file')) {
      const loc = descendants(file, 'FLocat')[0];
      const href = loc && attr(loc, 'href');
      const id = attr(file, 'ID');
      if (id && href && (text || /xml/i.test(attr(file, 'MIMETYPE') ?? ''))) hrefs.set(id, href);
    }
  }
  const pages: MetsIssue['pages'] = [];
  for (const div of descendants(physical, 'div').filter((d) => /page/i.test(attr(d, 'TYPE') ?? ''))) {
    const fileId = descendants(div, 'fptr').map((f) => attr(f, 'FILEID')).find((id) => id !== undefined && hrefs.has(id));
    if (!fileId) continue;
    const label = Number(attr(div, 'ORDERLABEL'));
    pages.push({ fileId, href: hrefs.get(fileId)!, number: Number.isInteger(label) && label > 0 ? label : null });
  }
  if (pages.length === 0) throw new InputError('not_mets', 'the METS file links no ALTO (full-text) file to any page');

  const blocks = new Map<string, string[]>();
  for (const area of logical ? descendants(logical, 'area') : []) {
    const file = attr(area, 'FILEID');
    const begin = attr(area, 'BEGIN');
    if (file && begin) blocks.set(file, [...(blocks.get(file) ?? []), begin]);
  }
  return { ...issueFacts(root), pages, blocks };
}

/** From the MODS of the issue (the dmdSec the Issue div names, else the first). */
function issueFacts(root: XmlElement): Pick<MetsIssue, 'paper' | 'date' | 'issue' | 'totalIssue'> {
  const issueDiv = descendants(root, 'div').find((d) => /issue/i.test(attr(d, 'TYPE') ?? '') && attr(d, 'DMDID'));
  const dmds = descendants(root, 'dmdSec');
  const dmd = dmds.find((d) => attr(d, 'ID') === attr(issueDiv ?? root, 'DMDID')?.split(/\s+/)[0]) ?? dmds[0];
  const mods = dmd ? descendants(dmd, 'mods')[0] : undefined;
  if (!mods) return { paper: null, date: null, issue: null, totalIssue: null };
  const titleInfo = childElements(mods, 'titleInfo')[0];
  const title = titleInfo ? descendants(titleInfo, 'title')[0] : undefined;
  const date = descendants(mods, 'dateIssued')[0];
  const number = (type: string) => {
    const d = descendants(mods, 'detail').find((x) => attr(x, 'type') === type);
    const n = d ? Number(textOf(d).trim()) : NaN;
    return Number.isInteger(n) ? n : null;
  };
  const iso = date ? /^(\d{4})-(\d{2})-(\d{2})/.exec(textOf(date).trim()) : null;
  return { paper: title ? textOf(title).trim() || null : null, date: iso ? iso[0] : null, issue: number('issue'), totalIssue: number('totalIssue') };
}
