import { describe, expect, it } from "vitest";
import { validateLink } from "../../src/parse/links.ts";
import { replacePunctuation } from "../../src/parse/typography.ts";

describe("validateLink", () => {
  it.each([
    "javascript:alert(1)",
    "JAVASCRIPT:alert(1)",
    " javascript:alert(1)",
    "jav\tascript:alert(1)",
    "java\nscript:alert(1)",
    "jav%09ascript:alert(1)",
    "%20javascript:alert(1)",
    "\u0000javascript:alert(1)",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "data:text/html;base64,PHNjcmlwdD4=",
    "data:image/png;base64,AAAA",
  ])("refuses %j", (url) => {
    expect(validateLink(url)).toBe(false);
  });

  it.each([
    "https://example.org/javascript:x",
    "http://example.org",
    "mailto:desk@example.org",
    "../other/",
    "#section",
    "javascript-guide.html",
  ])("allows %j", (url) => {
    expect(validateLink(url)).toBe(true);
  });
});

describe("replacePunctuation", () => {
  it.each([
    ["a -- b", "a – b"],
    ["a --- b", "a — b"],
    ["a---b", "a—b"],
    ["1990--2000", "1990–2000"],
    ["Tokyo - Japan", "Tokyo – Japan"],
    ["wait...", "wait…"],
    ["the '90s", "the ’90s"],
    ["well-being", "well-being"],
    ["-5 and 5-", "-5 and 5-"],
    ["- item", "- item"],
    ["a ---- b", "a ---- b"],
    ["wait....", "wait...."],
    ["'905", "'905"],
    ["(c) (tm) (r) +-", "(c) (tm) (r) +-"],
  ])("%j → %j", (input, expected) => {
    expect(replacePunctuation(input)).toBe(expected);
  });
});
