import { execFileSync } from "node:child_process";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import * as cheerio from "cheerio";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderSitemaps, type SitemapUrl } from "../../src/render/sitemap.ts";
import type { Page } from "../../src/types.ts";
import { makeTempDir, REPO, removeTempDirs } from "../helpers/temp.ts";
import { makeSite } from "./factory.ts";

const base = "https://example.org/news/";
const site = makeSite({ baseUrl: base });
const NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
// The official schema, as the `sitemap` package ships it.
const SITEMAP_XSD = path.join(REPO, "node_modules/sitemap/schema/sitemap.xsd");
// The package ships no siteindex.xsd: this is the official one (https://www.sitemaps.org/schemas/sitemap/0.9/siteindex.xsd,
// 2009-04-08) without its annotations, written to a temp file for xmllint.
const SITEINDEX_XSD_TEXT = `<?xml version="1.0" encoding="UTF-8"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" targetNamespace="http://www.sitemaps.org/schemas/sitemap/0.9"
    xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" elementFormDefault="qualified">
  <xsd:element name="sitemapindex">
    <xsd:complexType>
      <xsd:sequence>
        <xsd:any namespace="##other" minOccurs="0" maxOccurs="unbounded" processContents="strict"/>
        <xsd:element name="sitemap" type="tSitemap" maxOccurs="unbounded"/>
      </xsd:sequence>
    </xsd:complexType>
  </xsd:element>
  <xsd:complexType name="tSitemap">
    <xsd:sequence>
      <xsd:element name="loc" type="tLocSitemap"/>
      <xsd:element name="lastmod" type="tLastmodSitemap" minOccurs="0"/>
      <xsd:any namespace="##other" minOccurs="0" maxOccurs="unbounded" processContents="strict"/>
    </xsd:sequence>
  </xsd:complexType>
  <xsd:simpleType name="tLocSitemap">
    <xsd:restriction base="xsd:anyURI">
      <xsd:minLength value="12"/>
      <xsd:maxLength value="2048"/>
    </xsd:restriction>
  </xsd:simpleType>
  <xsd:simpleType name="tLastmodSitemap">
    <xsd:union>
      <xsd:simpleType><xsd:restriction base="xsd:date"/></xsd:simpleType>
      <xsd:simpleType><xsd:restriction base="xsd:dateTime"/></xsd:simpleType>
    </xsd:union>
  </xsd:simpleType>
</xsd:schema>
`;
let SITEINDEX_XSD = "";

beforeAll(async () => {
  SITEINDEX_XSD = path.join(await makeTempDir("siteindex"), "siteindex.xsd");
  await writeFile(SITEINDEX_XSD, SITEINDEX_XSD_TEXT);
});
afterAll(removeTempDirs);

/** Throws (failing the test) with xmllint's message unless `xml` is well-formed, and valid against `schema` if given. */
function xmllint(xml: string, schema?: string): void {
  const args = ["--noout", "--nonet", ...(schema === undefined ? [] : ["--schema", schema]), "-"];
  execFileSync("xmllint", args, { input: xml, stdio: ["pipe", "pipe", "pipe"], maxBuffer: 64 * 1024 * 1024 });
}

/** `count` article URLs, a third of them dated. */
function articleUrls(count: number): SitemapUrl[] {
  return Array.from({ length: count }, (_, n) => ({
    path: `articles/story-${String(n).padStart(6, "0")}/`,
    lastmod: n % 3 === 0 ? `20${String(10 + (n % 13)).padStart(2, "0")}-0${1 + (n % 9)}-1${n % 10}` : null,
  }));
}

function urlsetEntries(xml: string): { loc: string; lastmod: string | null }[] {
  const $ = cheerio.load(xml, { xml: true });
  expect($.root().children().toArray().map((element) => element.tagName)).toEqual(["urlset"]);
  expect($("urlset").attr("xmlns")).toBe(NS);
  // Straight from the parsed nodes: wrapping each of 50,000 in cheerio takes seconds.
  return $("urlset > url")
    .toArray()
    .map((url) => {
      const [loc, lastmod] = ["loc", "lastmod"].map((name) => url.children.find((node) => "name" in node && node.name === name));
      return { loc: loc === undefined ? "" : $(loc).text(), lastmod: lastmod === undefined ? null : $(lastmod).text() };
    });
}

/** The index's entries, after checking it against the schema and for the protocol's shape: <sitemapindex> of <sitemap><loc/>(<lastmod/>)</sitemap>. */
function indexEntries(xml: string): { loc: string; lastmod: string | null }[] {
  xmllint(xml, SITEINDEX_XSD);
  const $ = cheerio.load(xml, { xml: true });
  expect($.root().children().toArray().map((element) => element.tagName)).toEqual(["sitemapindex"]);
  expect($("sitemapindex").attr("xmlns")).toBe(NS);
  expect($("sitemapindex").children().toArray().every((child) => child.tagName === "sitemap")).toBe(true);
  return $("sitemapindex > sitemap")
    .toArray()
    .map((entry) => {
      expect($(entry).children().toArray().map((child) => child.tagName)).toEqual(expect.arrayContaining(["loc"]));
      expect($(entry).children().toArray().every((child) => ["loc", "lastmod"].includes(child.tagName))).toBe(true);
      const lastmod = $(entry).children("lastmod");
      return { loc: $(entry).children("loc").text(), lastmod: lastmod.length === 0 ? null : lastmod.text() };
    });
}

const byPath = (pages: Page[]) => new Map(pages.map((page) => [page.outputPath, page.content]));

describe("renderSitemaps: one sitemap", () => {
  it("lists every URL absolutely, with lastmod only where a date is known, valid against the schema", () => {
    const urls: SitemapUrl[] = [
      { path: "", lastmod: null },
      { path: "articles/fish-&-chips-café/", lastmod: "2022-04-21" },
      { path: "archive/2022/04/", lastmod: "2022-04" },
      // 23:30 in New York on 30 April is 1 May in UTC; the site shows it under 30 April, and so does the sitemap.
      { path: "articles/late/", lastmod: "2022-04-30T23:30:00-04:00" },
      { path: "articles/no-zone/", lastmod: "2022-04-30T23:30:00" },
    ];
    const pages = renderSitemaps(urls, site);
    expect(pages.map((page) => page.outputPath)).toEqual(["sitemap.xml"]);
    xmllint(pages[0]!.content, SITEMAP_XSD);
    expect(urlsetEntries(pages[0]!.content)).toEqual([
      { loc: base, lastmod: null },
      { loc: `${base}articles/fish-&-chips-caf%C3%A9/`, lastmod: "2022-04-21" },
      { loc: `${base}archive/2022/04/`, lastmod: "2022-04-01" },
      { loc: `${base}articles/late/`, lastmod: "2022-04-30" },
      { loc: `${base}articles/no-zone/`, lastmod: "2022-04-30" },
    ]);
  });

  it("writes nothing without a base URL, since sitemaps need absolute URLs, or with no URLs", () => {
    expect(renderSitemaps(articleUrls(3), makeSite())).toEqual([]);
    expect(renderSitemaps([], site)).toEqual([]);
  });

  it("refuses a lastmod that is not a date, or a day no calendar has", () => {
    for (const lastmod of ["yesterday", "2022-02-30", "2023-02-29", "2022-13-01", "2022-04-31T10:00:00Z"]) {
      expect(() => renderSitemaps([{ path: "", lastmod }], site), lastmod).toThrow(RangeError);
    }
  });

  it("keeps month ends and leap days", () => {
    const days = ["2024-02-29", "2022-01-31", "2022-12-31", "2022-04-30", "2000-02-29"];
    const pages = renderSitemaps(days.map((lastmod, n) => ({ path: `articles/${n}/`, lastmod })), site);
    xmllint(pages[0]!.content, SITEMAP_XSD);
    expect(urlsetEntries(pages[0]!.content).map((entry) => entry.lastmod)).toEqual(days);
  });

  it("escapes what XML needs escaped in a URL and percent-encodes the rest", () => {
    const urls = [{ path: "articles/o'brien-&-co/", lastmod: null }, { path: "articles/<script>\"x\"/", lastmod: null }];
    const [sitemap] = renderSitemaps(urls, site);
    xmllint(sitemap!.content, SITEMAP_XSD);
    expect(sitemap!.content).toContain("o&apos;brien-&amp;-co");
    expect(urlsetEntries(sitemap!.content).map((entry) => entry.loc)).toEqual([
      `${base}articles/o'brien-&-co/`,
      `${base}articles/%3Cscript%3E%22x%22/`,
    ]);
  });

  it("refuses a URL longer than the protocol's 2,048 characters", () => {
    const fits = `articles/${"a".repeat(2048 - base.length - "articles/".length - 1)}/`;
    xmllint(renderSitemaps([{ path: fits, lastmod: null }], site)[0]!.content, SITEMAP_XSD);
    expect(() => renderSitemaps([{ path: `${fits}x/`, lastmod: null }], site)).toThrow(RangeError);
  });

  it("stays one file up to the URL limit and becomes an index one URL past it", () => {
    const limits = { urls: 10, bytes: 52_428_800 };
    expect((renderSitemaps(articleUrls(10), site, limits)).map((page) => page.outputPath)).toEqual(["sitemap.xml"]);
    const pages = byPath(renderSitemaps(articleUrls(11), site, limits));
    expect([...pages.keys()]).toEqual(["sitemap.xml", "sitemap-1.xml", "sitemap-2.xml"]);
    const index = indexEntries(pages.get("sitemap.xml")!);
    expect(index.map((entry) => entry.loc)).toEqual([`${base}sitemap-1.xml`, `${base}sitemap-2.xml`]);
    expect(urlsetEntries(pages.get("sitemap-2.xml")!)).toHaveLength(1);
  });
});

describe("renderSitemaps: an index past 50,000 URLs", () => {
  it("splits 120,000 URLs into 3 valid children of at most 50,000, each listed once with its newest lastmod", () => {
    const urls = articleUrls(120_000);
    const pages = byPath(renderSitemaps(urls, site));
    expect([...pages.keys()]).toEqual(["sitemap.xml", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml"]);
    const children = ["sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml"].map((name) => pages.get(name)!);
    for (const child of children) {
      xmllint(child, SITEMAP_XSD);
      expect(Buffer.byteLength(child)).toBeLessThanOrEqual(52_428_800);
    }
    const entries = children.map(urlsetEntries);
    expect(entries.map((list) => list.length)).toEqual([50_000, 50_000, 20_000]);
    expect(entries.flat().map((entry) => entry.loc)).toEqual(urls.map((url) => base + url.path));
    const newest = entries.map((list) => list.map((entry) => entry.lastmod ?? "").sort().at(-1));
    expect(indexEntries(pages.get("sitemap.xml")!)).toEqual([
      { loc: `${base}sitemap-1.xml`, lastmod: newest[0] },
      { loc: `${base}sitemap-2.xml`, lastmod: newest[1] },
      { loc: `${base}sitemap-3.xml`, lastmod: newest[2] },
    ]);
  }, 90_000); // a few seconds alone (most of it xmllint and cheerio), more when the machine is busy

  it("keeps each file under the size limit too, and leaves out lastmod for a child with no dates", () => {
    const urls = articleUrls(40).map((url, n) => ({ ...url, lastmod: n < 20 ? null : url.lastmod }));
    const bytes = 1_200;
    const pages = byPath(renderSitemaps(urls, site, { urls: 50_000, bytes }));
    const children = [...pages].filter(([name]) => name !== "sitemap.xml").map(([, xml]) => xml);
    expect(children.length).toBeGreaterThan(1);
    for (const child of children) {
      expect(Buffer.byteLength(child)).toBeLessThanOrEqual(bytes);
      xmllint(child, SITEMAP_XSD);
    }
    expect(children.flatMap(urlsetEntries).map((entry) => entry.loc)).toEqual(urls.map((url) => base + url.path));
    expect(indexEntries(pages.get("sitemap.xml")!)[0]?.lastmod).toBeNull();
  });

  it("refuses a single entry larger than the size limit", () => {
    expect(() => renderSitemaps(articleUrls(1), site, { urls: 10, bytes: 100 })).toThrow(RangeError);
  });
});
