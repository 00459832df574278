// What the enrich stage finds in an article: who (people and their posts), which organisations and places,
// when (dates) and how much (figures). Every fact keeps its provenance: `start`/`end` are raw offsets into
// `Page.text` (as everywhere in the model), `at` is the same span in the article's repaired body text
// (`ArticleRecord.text`, blocks joined by "\n"), and `sentence` is the raw span of the sentence it stands in.
import type { Span } from './document.js';

export type EntityType = 'person' | 'org' | 'place';

/** How a fact was found: a rule of the newspaper register, the learned sequence model, or the byline. */
export type FindingSource = 'rule' | 'model' | 'byline';

export interface Provenance extends Span {
  /** The same span in the article's repaired body text (ArticleRecord.text); null outside the body (a byline). */
  at: Span | null;
  sentence: Span;
  /** The text found, repaired and folded to simplified script. */
  text: string;
}

/** One post held by a person as an article gives it: 区委副书记, 复旦大学党委书记, 中国科学院院士. */
export interface Post {
  /** The post with the home district's name dropped, in simplified script: 徐汇区委书记 → 区委书记. */
  title: string;
  /** As printed (simplified script), with the organisation prefix it carried. */
  printed: string;
  /** The organisation the post belongs to, when the article says (or carries it over from the person before). */
  org: string | null;
  /**
   * post: an office; honorific: an honour (院士, 图灵奖得主); acting: 代理区长 and the like; ended: the article
   * reports the post ended (不再担任, 免去, 辞去).
   */
  kind: 'post' | 'honorific' | 'acting' | 'ended';
}

export type PersonRole = 'official' | 'named' | 'author';

export interface PersonMention extends Provenance {
  type: 'person';
  /** official: named with a post; named: a person without one; author: a byline's reporter or photographer. */
  role: PersonRole;
  posts: Post[];
  source: FindingSource;
}

export interface NameMention extends Provenance {
  type: 'org' | 'place';
  /** The name read in full: 区委 in a 徐汇 paper is 徐汇区委, 区人大常委 is 区人大常委会. */
  name: string;
  source: FindingSource;
}

export type DatePrecision = 'day' | 'month' | 'year';

export interface DateMention extends Provenance {
  type: 'date';
  /** YYYY-MM-DD, YYYY-MM or YYYY; null when a relative date has no edition date to stand on. */
  iso: string | null;
  precision: DatePrecision;
  /** True when the year came from the edition date (今年, 去年, 10月15日 without a year). */
  relative: boolean;
  /** 上午, 下午, 晚上 … when printed. */
  partOfDay: string | null;
}

export interface FigureChange {
  /** up (增长, 提高 …) or down (下降, 减少 …). */
  direction: 'up' | 'down';
  /** The verb as printed: 增长, 下降 … */
  verb: string;
  value: number;
  unit: string;
  /** 同比, 环比, or null. */
  basis: string | null;
}

export interface Figure extends Provenance {
  type: 'figure';
  /** What it counts: 区级财政收入, 亿元级项目, 居民. Empty when the article does not say. */
  metric: string;
  /** The value as printed, Chinese numerals read (六千 → 6000); null when only a change is given. */
  value: number | null;
  /** 亿元, %, 万平方米, 家 … as printed. */
  unit: string | null;
  /** 超过, 余, 近, 约, 以上 … */
  qualifier: string | null;
  change: FigureChange | null;
  /** The period the article gives it for (今年, 过去一年, 一季度), when it says. */
  period: string | null;
}

export interface ArticleKnowledge {
  type: 'article-knowledge';
  people: PersonMention[];
  orgs: NameMention[];
  places: NameMention[];
  dates: DateMention[];
  figures: Figure[];
}
