/**
 * Metadata from the page's head, in a fixed order of trust per field: structured data (JSON-LD),
 * then `<meta>` tags, then what the page shows (handled by the reader), then the URL.
 */
import type { AnyNode, Element } from 'domhandler';
import { forEachElement, textOf } from './dom.js';
import { cleanInline } from '../document/normalize.js';
import { atOffset, dateFromUrl, findDate, shownOffset } from '../rules/datetime.js';
import { splitNames } from '../rules/meta.js';
import { trimEndSet } from '../rules/shape.js';
import { splitTitle } from '../rules/title.js';

export interface HeadMeta {
  titleTag: string | null;
  ogTitle: string | null;
  ldHeadline: string | null;
  published: string | null;
  /** The offset the page shows its publish time in (`<time datetime=…Z>` shown as local time). */
  shownZone: string | null;
  authors: string[];
  site: string | null;
  source: string | null;
  canonical: string | null;
  lang: string | null;
  base: string | null;
  /** How many elements the page holds (for `--max-blocks`). */
  elements: number;
}

/** `<meta>` names whose content is a publish date, most trusted first. */
const DATE_META = [
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
  'datepublished',
  'publishdate',
  'pubdate',
  'publish_date',
  'publish-date',
  'publishtime',
  'firstpublishedtime',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'sailthru.date',
  'parsely-pub-date',
  'article.published',
  'release_date',
  'date',
  'originalpublicationdate',
  'weibo:article:create_at',
  'og:release_date',
];
const AUTHOR_META = [
  'author',
  'article:author',
  'dc.creator',
  'byl',
  'parsely-author',
  'sailthru.author',
  'twitter:creator',
];
const MAX_TIMES = 20;
const ARTICLE_TYPES = /Article|BlogPosting|Report|NewsArticle|WebPage|Posting/u;

/** What the head-reading needs from the document, collected in one walk (selectors walk once each). */
interface HeadNodes {
  metas: Element[];
  ldScripts: Element[];
  /** `<time datetime>` elements, the first few. */
  times: Element[];
  title: Element | null;
  canonical: string | null;
  base: string | null;
  lang: string | null;
  elements: number;
}

function collect(root: AnyNode): HeadNodes {
  const nodes: HeadNodes = {
    metas: [],
    ldScripts: [],
    times: [],
    title: null,
    canonical: null,
    base: null,
    lang: null,
    elements: 0,
  };
  forEachElement(root, (el) => {
    nodes.elements++;
    switch (el.name) {
      case 'meta':
        nodes.metas.push(el);
        break;
      case 'script':
        if ((el.attribs.type ?? '').toLowerCase() === 'application/ld+json')
          nodes.ldScripts.push(el);
        break;
      case 'time':
        if (el.attribs.datetime && nodes.times.length < MAX_TIMES) nodes.times.push(el);
        break;
      case 'title':
        nodes.title ??= el;
        break;
      case 'link':
        if ((el.attribs.rel ?? '').toLowerCase() === 'canonical')
          nodes.canonical ??= el.attribs.href ?? null;
        break;
      case 'base':
        nodes.base ??= el.attribs.href ?? null;
        break;
      case 'html':
        nodes.lang ??= el.attribs.lang ?? null;
        break;
    }
  });
  return nodes;
}

function metaMap(metas: Element[]): Map<string, string> {
  const map = new Map<string, string>();
  metas.forEach((el) => {
    const key = (
      el.attribs.property ??
      el.attribs.name ??
      el.attribs.itemprop ??
      el.attribs['http-equiv'] ??
      ''
    )
      .trim()
      .toLowerCase();
    const content = el.attribs.content ?? el.attribs.datetime;
    if (key && content !== undefined && !map.has(key)) map.set(key, cleanInline(content));
  });
  return map;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Article-like objects in the page's JSON-LD blocks, walked iteratively (`@graph`, arrays). */
function ldObjects(scripts: Element[]): Array<Record<string, Json>> {
  const found: Array<Record<string, Json>> = [];
  scripts.forEach((el) => {
    let parsed: Json;
    try {
      parsed = JSON.parse(scriptText(el)) as Json;
    } catch {
      return;
    }
    const stack: Json[] = [parsed];
    let visited = 0;
    while (stack.length > 0 && visited++ < 1000) {
      const node = stack.pop()!;
      if (Array.isArray(node)) stack.push(...node);
      else if (node && typeof node === 'object') {
        const type = node['@type'];
        const types = Array.isArray(type) ? type.join(' ') : typeof type === 'string' ? type : '';
        if (ARTICLE_TYPES.test(types)) found.push(node);
        if (node['@graph']) stack.push(node['@graph']);
      }
    }
  });
  // Article types before WebPage: a page's own WebPage node rarely has the story's date.
  return found.sort(
    (a, b) =>
      Number(/WebPage/u.test(String(a['@type']))) - Number(/WebPage/u.test(String(b['@type']))),
  );
}

function ldString(value: Json | undefined): string | null {
  if (typeof value === 'string') return cleanInline(value) || null;
  if (Array.isArray(value)) return ldString(value[0]);
  if (value && typeof value === 'object') return ldString(value.name ?? value['@value']);
  return null;
}

function ldAuthors(value: Json | undefined): string[] {
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return list.flatMap((a) => {
    const name = ldString(a);
    return name && !/^https?:/u.test(name) ? people(name) : [];
  });
}

function normalizeLang(value: string | undefined): string | null {
  const lang = value?.trim().toLowerCase().split(/[-_]/u)[0];
  return lang && /^[a-z]{2,3}$/u.test(lang) ? lang : null;
}

/** A script's text: its text children (`textOf` skips scripts on purpose). */
function scriptText(el: Element): string {
  return el.children.map((c) => (c.type === 'text' ? c.data : '')).join('');
}

/** A site's address, not a person: `www.yunnan.cn`, `example.com`. */
const DOMAIN = /^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}$/iu;
/** A site, paper, journal or company, not a person: `云南网`, `云南日报报业集团`, `Hans Publishers`. */
const OUTLET =
  /^\p{Script=Han}{2,}(?:网|网络|集团|报社|日报|晚报|杂志社|出版社|期刊|学报|公司|电视台|电台|频道|新闻|传媒)$|\bPublish(?:ers?|ing)$/iu;

function namesAPerson(name: string): boolean {
  return !DOMAIN.test(name) && !OUTLET.test(name);
}

/**
 * The people an author value names. Many Chinese sites fill it with their own names: an entry
 * that is a site or an outlet is dropped whole (`Hans Publishers`) before the rest is split into
 * names, and so is such a name found by the split (`云南网 胡晓蓉`).
 */
function people(value: string): string[] {
  return value
    .split(/[,，;；]/u)
    .filter((entry) => namesAPerson(entry.trim()))
    .flatMap((entry) => splitNames(entry))
    .filter(namesAPerson);
}

export function readHeadMeta(root: AnyNode, pageUrl: string | null): HeadMeta {
  const nodes = collect(root);
  const meta = metaMap(nodes.metas);
  const ld = ldObjects(nodes.ldScripts);
  const titleTag = (nodes.title && cleanInline(textOf(nodes.title))) || null;
  const canonicalHref = nodes.canonical ?? meta.get('og:url') ?? null;
  const baseHref = nodes.base;
  const base = resolve(baseHref, pageUrl) ?? pageUrl;
  const published = rawPublished(ld, meta);
  const authors = [
    ...ld.flatMap((o) => ldAuthors(o.author)),
    ...AUTHOR_META.flatMap((k) => {
      const v = meta.get(k);
      return v && !/^https?:|^@/u.test(v) ? people(v.replace(/^By\s+/iu, '')) : [];
    }),
  ];
  return {
    elements: nodes.elements,
    titleTag,
    ogTitle: meta.get('og:title') ?? meta.get('twitter:title') ?? null,
    ldHeadline: ld.map((o) => ldString(o.headline)).find((h) => h) ?? null,
    published,
    shownZone: published ? zoneShown(published, nodes.times) : null,
    authors: [...new Set(authors)],
    site:
      meta.get('og:site_name') ??
      ld
        .map((o) => ldString((o.publisher as Record<string, Json> | undefined)?.name))
        .find((s) => s) ??
      null,
    source: meta.get('source') ?? meta.get('contentsource') ?? null,
    canonical: resolve(canonicalHref, base),
    lang: normalizeLang(nodes.lang ?? meta.get('content-language') ?? meta.get('og:locale')),
    base,
  };
}

/** The offset of a `<time>` element that shows the publish instant as a local clock. */
function zoneShown(published: string, times: Element[]): string | null {
  const instant = Date.parse(published);
  if (Number.isNaN(instant)) return null;
  for (const el of times) {
    const datetime = el.attribs.datetime ?? '';
    if (Date.parse(datetime) !== instant) continue;
    const offset = shownOffset(datetime, textOf(el));
    if (offset) return offset;
  }
  return null;
}

/** The publish date as the head gives it, not yet zoned. */
function rawPublished(ld: Array<Record<string, Json>>, meta: Map<string, string>): string | null {
  for (const o of ld) {
    const value = ldString(o.datePublished) ?? ldString(o.dateCreated);
    if (value) return value;
  }
  for (const key of DATE_META) {
    const value = meta.get(key);
    if (value && findDate(value)) return value;
  }
  return null;
}

function resolve(href: string | null, base: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return null;
  }
}

/** The head's publish date as ISO 8601, zoned for Chinese pages; else the date in the URL. */
export function publishedFrom(
  head: HeadMeta,
  zone: string | null,
  url: string | null,
): string | null {
  if (head.published) {
    const found = findDate(head.published, zone);
    if (found) return head.shownZone ? atOffset(found.iso, head.shownZone) : found.iso;
  }
  return url ? dateFromUrl(url) : null;
}

/** Separators a CMS leaves after a headline (`谁来为无序拆房“埋单”？- -`). */
const TRAILING_SEPARATORS = ' -_|｜';

/** The headline: the `<h1>` when it agrees with the title tag or og:title; else og:title; else the title tag. */
export function chooseTitle(
  head: HeadMeta,
  h1: string | null,
  similar: (a: string, b: string) => boolean,
): { title: string | null; site: string | null } {
  const tag = head.titleTag ? splitTitle(head.titleTag) : null;
  const og = head.ogTitle ? splitTitle(head.ogTitle) : null;
  const site = tag?.site ?? og?.site ?? null;
  const references = [tag?.title, og?.title, head.ldHeadline].filter((t): t is string => !!t);
  if (h1 && (references.length === 0 || references.some((r) => similar(h1, r))))
    return { title: trimEndSet(h1, TRAILING_SEPARATORS) || h1, site };
  const title = og?.title ?? head.ldHeadline ?? tag?.title ?? h1;
  return { title: title ?? null, site };
}
