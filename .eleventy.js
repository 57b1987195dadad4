// For running `npx @11ty/eleventy` by hand: the list pages of an empty archive, from templates/.
// Broadsheet itself never reads this file (see src/eleventy/render-site.ts); `broadsheet build` is the real build.
import { register } from "tsx/esm/api";

register();
const { defaultSiteData, eleventyConfig } = await import("./src/eleventy/config.ts");

export default eleventyConfig(`${import.meta.dirname}/templates`, defaultSiteData());
