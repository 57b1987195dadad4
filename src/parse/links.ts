// Which links Broadsheet writes: no script or local-file URLs, and only bare URLs that clearly
// are URLs (http://, https://, www.) become links, never "year.It" or "file.py".
import type MarkdownIt from "markdown-it";
import type { FullRule } from "linkify-it";

// Browsers drop tabs, newlines and leading control characters and spaces from URLs, so
// "jav\tascript:" must be read as "javascript:"; markdown-it hands them over percent-encoded.
const IGNORED_IN_SCHEME_RE = /(?:[\u0000-\u0020\u007f]|%[01][0-9a-f]|%20|%7f)+/gi;
const REFUSED_SCHEME_RE = /^(?:javascript|vbscript|file|data):/;

/** Whether a link target may be written into a page; markdown-it has decoded entities already. */
export function validateLink(url: string): boolean {
  return !REFUSED_SCHEME_RE.test(url.replace(IGNORED_IN_SCHEME_RE, "").toLowerCase());
}

/** The pattern sources linkify-it keeps in `re` (typed there as RegExp, but strings). */
interface LinkifyPatterns {
  src_domain: string;
  src_domain_root: string;
  src_port: string;
  src_host_terminator: string;
  src_path: string;
  www?: RegExp;
}

/** "www.example.org/path" → link to "http://www.example.org/path", like linkify-it's fuzzy links. */
const wwwSchema: FullRule = {
  validate(text, pos, self) {
    // After "www." comes a host of at least two labels ("example.org"), as in linkify-it's "//"
    // schema; compiled once per linkify-it instance, lazily like its own.
    const re = self.re as unknown as LinkifyPatterns;
    re.www ??= new RegExp(
      `^(?:(?:${re.src_domain})\\.)+${re.src_domain_root}${re.src_port}${re.src_host_terminator}${re.src_path}`,
      "i",
    );
    return re.www.exec(text.slice(pos))?.[0].length ?? 0;
  },
  normalize(match) {
    match.url = `http://${match.url}`;
  },
};

// Every link linkify may find now contains one of these; most paragraphs contain neither, and
// this test is much faster than linkify-it's own pretest.
const URL_HINT_RE = /:\/\/|www\./i;

/** markdown-it plugin: refuses unsafe URLs and limits linkify to http(s):// and www. URLs. */
export function safeLinks(md: MarkdownIt): void {
  md.validateLink = validateLink;
  const linkify = md.linkify
    .set({ fuzzyLink: false, fuzzyEmail: false, fuzzyIP: false })
    .add("ftp:", null)
    .add("//", null)
    .add("mailto:", null)
    .add("www.", wwwSchema);
  const pretest = linkify.pretest.bind(linkify);
  linkify.pretest = (text) => URL_HINT_RE.test(text) && pretest(text);
}
