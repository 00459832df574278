// The knowledge layer's API shapes (people, organisations, figures), for validation and the OpenAPI document.
import { z } from 'zod';
import { ArticleSummary } from './schemas.js';

const date = z.string().nullable();
const id = z.number().int();

export const PeopleQuery = z.object({
  role: z.enum(['official', 'named', 'author', 'all']).optional().describe('default: officials and other named people, not byline authors'),
});

export const FiguresQuery = z.object({
  metric: z.string().trim().min(1).max(100).optional().describe('only this metric, as the knowledge layer names it'),
  article: z.coerce.number().int().positive().optional().describe('only the figures of one article'),
});

export const Post = z.object({
  title: z.string(),
  org: z.string().nullable(),
  kind: z.string(),
  first_seen: date,
  last_seen: date,
  ended: date.describe('the latest edition reporting the post ended (不再担任, 免去, 辞去), or null'),
  articles: z.array(id).describe('ids of the articles that give the post'),
});

export const Person = z
  .object({ id, name: z.string(), role: z.string(), posts: z.array(Post), first_seen: date, last_seen: date, articles: z.array(id), url: z.string() })
  .meta({ id: 'Person' });

export const Organisation = z
  .object({ id, name: z.string(), mentions: z.number().int(), articles: z.number().int(), url: z.string() })
  .meta({ id: 'Organisation' });

export const Figure = z
  .object({
    id,
    article: id,
    text: z.string().describe('the figure as printed'),
    metric: z.string(),
    value: z.number().nullable(),
    unit: z.string().nullable(),
    qualifier: z.string().nullable(),
    change: z.object({ direction: z.string(), verb: z.string(), value: z.number(), unit: z.string(), basis: z.string().nullable() }).nullable(),
    period: z.string().nullable(),
    date,
    paper: z.string().nullable(),
    page: z.number().int().nullable(),
    start: z.number().int(),
    end: z.number().int(),
  })
  .meta({ id: 'Figure' });

export const PeopleResponse = z.object({ people: z.array(Person) });
export const PersonResponse = Person.extend({ article_list: z.array(ArticleSummary) });
export const OrganisationsResponse = z.object({ organisations: z.array(Organisation) });
export const OrganisationResponse = Organisation.extend({ article_list: z.array(ArticleSummary) });
export const FiguresResponse = z.object({ figures: z.array(Figure) });
