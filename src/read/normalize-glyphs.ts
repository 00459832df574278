// Glyph forms that typesetting and PDF fonts produce but text should not carry: vertical presentation forms
// of punctuation (︐ ︒ ︵ …, from vertically set text), Kangxi radicals and compatibility ideographs that
// ToUnicode maps hand out for ordinary characters (⼀ for 一; NFKC maps them back, and leaves the few unified ideographs of that block alone),
// and full-width Latin letters and digits. Full-width Chinese punctuation (，：（）) is the printed norm
// and stays.

const VERTICAL: Record<string, string> = {
  '\ufe10': '，', '\ufe11': '、', '\ufe12': '。', '\ufe13': '：', '\ufe14': '；', '\ufe15': '！', '\ufe16': '？',
  '\ufe17': '〖', '\ufe18': '〗', '\ufe19': '…', '\ufe30': '‥', '\ufe31': '—', '\ufe32': '–', '\ufe33': '_', '\ufe34': '_',
  '\ufe35': '（', '\ufe36': '）', '\ufe37': '｛', '\ufe38': '｝', '\ufe39': '〔', '\ufe3a': '〕', '\ufe3b': '【', '\ufe3c': '】',
  '\ufe3d': '《', '\ufe3e': '》', '\ufe3f': '〈', '\ufe40': '〉', '\ufe41': '「', '\ufe42': '」', '\ufe43': '『', '\ufe44': '』',
  '\ufe47': '［', '\ufe48': '］',
};

const ODD_FORMS = /[\ufe10-\ufe19\ufe30-\ufe48\u2f00-\u2fd5\uf900-\ufaff\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/u;
const ODD_FORMS_G = new RegExp(ODD_FORMS.source, 'gu');

export function normalizeGlyphs(text: string): string {
  if (!ODD_FORMS.test(text)) return text;
  return text.replace(ODD_FORMS_G, (c) => VERTICAL[c] ?? c.normalize('NFKC'));
}
