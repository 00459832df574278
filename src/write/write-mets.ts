// One edition → a METS issue file: MODS for the issue (paper, date, issue numbers) and for each article
// (headline, kicker, subheadline, contributors), the ALTO files as a file group, the pages in a physical
// structMap, and a logical structMap whose article divs point at the ALTO TextBlocks they are made of.
import type { Article, Edition } from '../model/index.js';
import type { AltoBlock } from './write-alto.js';
import { esc, xmlDocument } from './xml-text.js';

export interface MetsPage {
  number: number | null;
  /** Path of the page's ALTO file, relative to the METS file. */
  href: string;
  /** The ALTO page's ID prefix (its block IDs start with it). */
  id: string;
  blocks: AltoBlock[];
  articles: Article[];
}

export function writeMets(edition: Edition, pages: readonly MetsPage[]): string {
  const title = edition.paper ?? '未知报纸';
  const issue: string[] = [`<mods:titleInfo><mods:title>${esc(title)}</mods:title></mods:titleInfo>`, '<mods:typeOfResource>text</mods:typeOfResource>'];
  if (edition.date) issue.push(`<mods:originInfo><mods:dateIssued encoding="iso8601"${edition.dateInferred ? ' qualifier="inferred"' : ''}>${edition.date}</mods:dateIssued></mods:originInfo>`);
  const parts: string[] = [];
  if (edition.issue !== null) parts.push(`<mods:detail type="issue"><mods:number>${edition.issue}</mods:number></mods:detail>`);
  if (edition.totalIssue !== null) parts.push(`<mods:detail type="totalIssue"><mods:number>${edition.totalIssue}</mods:number></mods:detail>`);
  if (parts.length) issue.push(`<mods:part>${parts.join('')}</mods:part>`);
  if (edition.licence) issue.push(`<mods:identifier type="licence">${esc(edition.licence)}</mods:identifier>`);

  const dmd = [mods('DMD_ISSUE', issue)];
  const logical: string[] = [];
  let n = 0;
  for (const page of pages) {
    for (const a of page.articles) {
      const id = `ART${++n}`;
      const blocks = page.blocks.filter((b) => b.start < a.end && a.start < b.end);
      if (blocks.length === 0) continue;
      const t = a.headline?.text ?? a.blocks[0]?.text.slice(0, 20) ?? '';
      const art = [`<mods:titleInfo>${a.kicker ? `<mods:partName>${esc(a.kicker.text)}</mods:partName>` : ''}<mods:title>${esc(t)}</mods:title>${a.subheadline ? `<mods:subTitle>${esc(a.subheadline.text)}</mods:subTitle>` : ''}</mods:titleInfo>`];
      for (const p of a.byline?.people ?? []) art.push(`<mods:name type="personal"><mods:namePart>${esc(p.name)}</mods:namePart><mods:role><mods:roleTerm type="text">${esc(p.title)}</mods:roleTerm></mods:role></mods:name>`);
      if (a.source) art.push(`<mods:note type="source">${esc(`${a.source.kind}:${a.source.name}`)}</mods:note>`);
      if (page.number !== null) art.push(`<mods:part><mods:extent unit="pages"><mods:start>${page.number}</mods:start></mods:extent></mods:part>`);
      dmd.push(mods(`DMD_${id}`, art));
      const areas = blocks.map((b) => `<mets:area FILEID="${page.id}_ALTO" BETYPE="IDREF" BEGIN="${b.id}"/>`);
      logical.push(`<mets:div ID="${id}" TYPE="${a.kind === 'photo-news' ? 'PICTURE' : 'ARTICLE'}" DMDID="DMD_${id}" LABEL="${esc(t)}"><mets:fptr><mets:seq>${areas.join('')}</mets:seq></mets:fptr></mets:div>`);
    }
  }

  const files = pages.map((p) => `<mets:file ID="${p.id}_ALTO" MIMETYPE="text/xml"><mets:FLocat LOCTYPE="URL" xlink:href="${esc(p.href)}"/></mets:file>`);
  const physical = pages.map(
    (p, i) => `<mets:div ID="PHYS_${p.id}" TYPE="page" ORDER="${i + 1}"${p.number !== null ? ` ORDERLABEL="${p.number}"` : ''}><mets:fptr FILEID="${p.id}_ALTO"/></mets:div>`,
  );
  const label = `${title} ${edition.date ?? ''}`.trim();
  return xmlDocument([
    `<mets:mets xmlns:mets="http://www.loc.gov/METS/" xmlns:mods="http://www.loc.gov/mods/v3" xmlns:xlink="http://www.w3.org/1999/xlink" TYPE="Newspaper" LABEL="${esc(label)}">`,
    `<mets:metsHdr><mets:agent ROLE="CREATOR" TYPE="OTHER" OTHERTYPE="SOFTWARE"><mets:name>baoku</mets:name></mets:agent></mets:metsHdr>`,
    ...dmd,
    `<mets:fileSec><mets:fileGrp USE="FULLTEXT">${files.join('')}</mets:fileGrp></mets:fileSec>`,
    `<mets:structMap TYPE="PHYSICAL"><mets:div TYPE="physSequence">${physical.join('')}</mets:div></mets:structMap>`,
    `<mets:structMap TYPE="LOGICAL"><mets:div TYPE="Newspaper" LABEL="${esc(title)}"><mets:div TYPE="Issue" DMDID="DMD_ISSUE" LABEL="${esc(label)}">${logical.join('')}</mets:div></mets:div></mets:structMap>`,
    '</mets:mets>',
  ]);
}

function mods(id: string, body: readonly string[]): string {
  return `<mets:dmdSec ID="${id}"><mets:mdWrap MDTYPE="MODS"><mets:xmlData><mods:mods>${body.join('')}</mods:mods></mets:xmlData></mets:mdWrap></mets:dmdSec>`;
}
