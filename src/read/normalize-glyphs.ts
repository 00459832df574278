// Glyph forms that typesetting and PDF fonts produce but text should not carry: vertical presentation forms
// of punctuation (︐ ︒ ︵ …, from vertically set text), radical forms and compatibility ideographs that
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

// CJK Radicals Supplement forms that ToUnicode maps (Chrome, Word, some typesetters) give for ordinary
// characters — 居⺠ for 居民, 首⻚ for 首页. NFKC leaves these alone; Unicode's EquivalentUnifiedIdeograph
// data pairs them with the characters, of which these are the ones that stand alone in text.
const RADICAL_FORMS: Record<string, string> = {
  '⺁': '厂', '⺇': '几', '⺊': '卜', '⺌': '小', '⺐': '尢', '⺒': '巳', '⺓': '幺', '⺗': '心', '⺟': '母', '⺠': '民',
  '⺦': '丬', '⺧': '牛', '⺩': '王', '⺪': '疋', '⺫': '目', '⺬': '示', '⺷': '羊', '⺼': '肉', '⺽': '臼', '⻄': '西',
  '⻅': '见', '⻆': '角', '⻉': '贝', '⻋': '车', '⻑': '長', '⻓': '长', '⻔': '门', '⻗': '雨', '⻘': '青', '⻙': '韦',
  '⻚': '页', '⻛': '风', '⻜': '飞', '⻝': '食', '⻢': '马', '⻣': '骨', '⻤': '鬼', '⻥': '鱼', '⻦': '鸟', '⻧': '卤',
  '⻨': '麦', '⻩': '黄', '⻪': '黾', '⻬': '齐', '⻮': '齿', '⻰': '龙', '⻳': '龟',
};

const ODD_FORMS = /[\u2e80-\u2ef3\ufe10-\ufe19\ufe30-\ufe48\u2f00-\u2fd5\uf900-\ufaff\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/u;
const ODD_FORMS_G = new RegExp(ODD_FORMS.source, 'gu');

export function normalizeGlyphs(text: string): string {
  if (!ODD_FORMS.test(text)) return text;
  return text.replace(ODD_FORMS_G, (c) => VERTICAL[c] ?? RADICAL_FORMS[c] ?? c.normalize('NFKC'));
}
